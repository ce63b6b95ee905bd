using System.Threading.Channels;

namespace DataZones.Zones.Ocean.Ingestion;

/// <summary>
/// Staged uploads waiting for the <see cref="IngestionWorker"/>, in arrival order. Bounded, so that a burst of
/// uploads waits at the door (the request is refused with 503 when full) rather than piling up in memory.
/// </summary>
public sealed class IngestionQueue
{
    private const int Capacity = 64;

    private readonly Channel<IngestionWork> _channel = Channel.CreateBounded<IngestionWork>(new BoundedChannelOptions(Capacity) { SingleReader = true });

    public bool TryEnqueue(IngestionWork work) => _channel.Writer.TryWrite(work);

    public IAsyncEnumerable<IngestionWork> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}
