using Azure;

namespace DataZones.Marketplace.Jobs;

/// <summary>
/// Submits background work: the job's record first (so its status can always be read), then its queue message.
/// If the message cannot be sent the record is marked failed, so nothing waits forever for work that never comes.
/// </summary>
public sealed class JobSubmitter(JobStore store, JobQueue queue, JobArrivals arrivals, TimeProvider time)
{
    public async Task<JobRecord> SubmitAsync(string kind, string id, string payload, string submittedBy, CancellationToken cancellationToken)
    {
        var record = new JobRecord(kind, id, payload, submittedBy, time.GetUtcNow(), JobState.Queued);
        await store.AddAsync(record, cancellationToken).ConfigureAwait(false);
        try
        {
            await queue.SendAsync(new JobMessage(kind, id), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            await store.SaveAsync(record with { State = JobState.Failed, FinishedAt = time.GetUtcNow(), FailureReason = "The job could not be queued; submit it again." },
                CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        arrivals.Signal();
        return record;
    }

    /// <summary>
    /// Submits the job; false when storage did not take it (its record, if written, says so). For callers that answer
    /// "not queued" rather than fail: an upload that nothing will load.
    /// </summary>
    public async Task<bool> TrySubmitAsync(string kind, string id, string payload, string submittedBy, CancellationToken cancellationToken)
    {
        try
        {
            await SubmitAsync(kind, id, payload, submittedBy, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException)
        {
            return false;
        }
    }
}
