using System.Diagnostics;
using Azure;

namespace DataZones.Marketplace.Jobs;

/// <summary>
/// One delivery of a job, as its handler sees it: the record, and a way to save progress. Writes of the record
/// during the delivery (progress, the claim's renewal, the outcome) go through here one at a time, each conditional
/// on the version this delivery wrote last: a delivery that lost its claim (it stalled, and another took the job
/// over) finds out at its next write and stops, instead of overwriting the other's work.
/// </summary>
public sealed class JobContext(JobRecord record, ETag version, JobStore store, bool isLastDelivery = false)
{
    /// <summary>
    /// Progress is written at most this often. Each save is a storage write (two, with the zone's own record), and a
    /// save per block of work made a short job a fifth slower than the work itself.
    /// </summary>
    public static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim writing = new(1, 1);
    private JobRecord current = record;
    private ETag currentVersion = version;
    private long lastProgressSaved = Stopwatch.GetTimestamp();

    public JobRecord Record => current;

    public string Id => current.Id;

    public string Payload => current.Payload;

    /// <summary>Which delivery this is (1 for the first); above 1, earlier work may already be done.</summary>
    public int Delivery => current.Deliveries;

    /// <summary>
    /// Whether a failure now ends the job: the handler then records its own failure (and cleans up) before the
    /// exception leaves it, since no later delivery will.
    /// </summary>
    public bool IsLastDelivery { get; } = isLastDelivery;

    /// <summary>
    /// Whether progress is due to be saved: <see cref="ProgressInterval"/> has passed since the last save (or the
    /// delivery's start). Handlers save their own records' progress only then; outcomes are always saved.
    /// </summary>
    public bool ProgressDue => Stopwatch.GetElapsedTime(Interlocked.Read(ref lastProgressSaved)) >= ProgressInterval;

    /// <summary>
    /// Records progress, shown at the job endpoint: written now when it is due, else kept and written with the
    /// delivery's next write (the claim's renewal, the outcome, or later progress).
    /// </summary>
    public async Task ProgressAsync(long done, long? total, string? message, CancellationToken cancellationToken)
    {
        JobRecord Progressed(JobRecord r) => r with { Done = done, Total = total ?? r.Total, Message = message };
        if (ProgressDue)
        {
            Interlocked.Exchange(ref lastProgressSaved, Stopwatch.GetTimestamp());
            await UpdateAsync(Progressed, cancellationToken).ConfigureAwait(false);
            return;
        }
        await writing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            current = Progressed(current);
        }
        finally
        {
            writing.Release();
        }
    }

    internal async Task<JobRecord> UpdateAsync(Func<JobRecord, JobRecord> change, CancellationToken cancellationToken)
    {
        await writing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var changed = change(current);
            currentVersion = await store.TryReplaceAsync(changed, currentVersion, cancellationToken).ConfigureAwait(false)
                ?? throw new JobClaimLostException();
            current = changed;
            return current;
        }
        finally
        {
            writing.Release();
        }
    }
}
