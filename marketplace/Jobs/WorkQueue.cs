using System.Threading.Channels;

namespace DataZones.Marketplace.Jobs;

/// <summary>
/// The in-process queue between a request that accepts work (an upload) and the background service that does it:
/// bounded, so a burst is refused — the zone answers 503 — rather than piling up in memory; one reader. A zone
/// derives its own queue type from it, so each zone's queue is its own service.
/// </summary>
public abstract class WorkQueue<T>(int capacity)
{
    private readonly Channel<T> _channel = Channel.CreateBounded<T>(
        new BoundedChannelOptions(Math.Max(1, capacity)) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Queues an item; false when the queue is full.</summary>
    public bool TryEnqueue(T item) => _channel.Writer.TryWrite(item);

    /// <summary>Queues an item, waiting for room (work recovered at start-up, which must not be dropped).</summary>
    public ValueTask EnqueueAsync(T item, CancellationToken cancellationToken) => _channel.Writer.WriteAsync(item, cancellationToken);

    public IAsyncEnumerable<T> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}
