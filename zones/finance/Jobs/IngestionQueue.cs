using System.Threading.Channels;

namespace DataZones.Zones.Finance.Jobs;

/// <summary>
/// The in-process queue of job ids between the upload endpoint and the loader: bounded, so a burst of uploads is
/// refused (503) rather than piling up in memory. The jobs table, not this queue, is the record: after a restart
/// unfinished jobs are queued again from it.
/// </summary>
public sealed class IngestionQueue(int capacity)
{
    private readonly Channel<string> channel = Channel.CreateBounded<string>(
        new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Queues a job; false when the queue is full.</summary>
    public bool TryEnqueue(string jobId) => channel.Writer.TryWrite(jobId);

    /// <summary>Queues a job, waiting for room (start-up recovery).</summary>
    public ValueTask EnqueueAsync(string jobId, CancellationToken cancellationToken) => channel.Writer.WriteAsync(jobId, cancellationToken);

    public IAsyncEnumerable<string> ReadAllAsync(CancellationToken cancellationToken) => channel.Reader.ReadAllAsync(cancellationToken);
}
