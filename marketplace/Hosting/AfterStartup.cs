using Microsoft.Extensions.Hosting;

namespace DataZones.Marketplace.Hosting;

/// <summary>
/// For start-up work that can wait, such as recovering jobs an earlier process left unfinished: it begins once the
/// app serves and a short settle time has passed. On a cold start (a serverless instance is started for a request
/// that is waiting) the first requests then have the machine to themselves instead of sharing its cores with
/// storage scans; measured with <c>scripts/bench coldstart</c>.
/// </summary>
public static class AfterStartup
{
    /// <summary>Longer than a cold instance's first answers take (about a second), short enough not to be noticed.</summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(2);

    public static async Task WaitAsync(IHostApplicationLifetime lifetime, TimeProvider time, CancellationToken cancellationToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (cancellationToken.Register(() => started.TrySetCanceled(cancellationToken)))
        {
            await started.Task.ConfigureAwait(false);
        }
        await Task.Delay(SettleTime, time, cancellationToken).ConfigureAwait(false);
    }
}
