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
    private readonly SemaphoreSlim writing = new(1, 1);
    private JobRecord current = record;
    private ETag currentVersion = version;

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

    /// <summary>Saves progress, shown at the job endpoint.</summary>
    public Task ProgressAsync(long done, long? total, string? message, CancellationToken cancellationToken) =>
        UpdateAsync(r => r with { Done = done, Total = total ?? r.Total, Message = message }, cancellationToken);

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
