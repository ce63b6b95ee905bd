using System.Threading.Channels;

namespace DataZones.Marketplace.Jobs;

/// <summary>
/// In-process word that this instance has just queued a job, so that the local poller looks at the queue now rather
/// than at the end of its idle wait: a job submitted here starts in milliseconds, not up to a poll interval later.
/// Messages from other instances are still found by polling.
/// </summary>
public sealed class JobArrivals
{
    private readonly Channel<bool> arrivals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Signal() => arrivals.Writer.TryWrite(true);

    /// <summary>Waits until a job is signalled or <paramref name="idle"/> has passed, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan idle, TimeProvider time, CancellationToken cancellationToken)
    {
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var arrived = arrivals.Reader.WaitToReadAsync(waiting.Token).AsTask();
        var elapsed = Task.Delay(idle, time, waiting.Token);
        await Task.WhenAny(arrived, elapsed).ConfigureAwait(false);
        await waiting.CancelAsync().ConfigureAwait(false);
        arrivals.Reader.TryRead(out _);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
