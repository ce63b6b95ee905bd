using DataZones.Marketplace.Ids;
using DataZones.Marketplace.Jobs;
using DataZones.Zones.Medical.Api;
using DataZones.Zones.Medical.Jobs;

namespace DataZones.Zones.Medical.Claims;

/// <summary>
/// Accepts a claim batch: the refused items' problems and the batch are recorded, the accepted claims stored for the
/// job, and the job submitted — all before the acceptance (billed for the accepted items) is answered. Null when
/// the queue did not take the job: then nothing is answered, so nothing is billed.
/// </summary>
public sealed class ClaimBatchService(ClaimBatchStore batches, JobSubmitter submitter, IIdGenerator ids, TimeProvider time)
{
    public async Task<ClaimBatch?> SubmitAsync(string consumerId, int items, IReadOnlyList<PendingClaim> accepted, IReadOnlyList<GroupClaimItem> refused, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        var batch = new ClaimBatch(ids.NewId(), consumerId, time.GetUtcNow(), items, accepted.Count, 0, ClaimBatchState.Queued);
        await batches.SavePendingAsync(batch.Id, accepted, cancellationToken);
        await batches.SaveItemsAsync(batch.Id, refused, cancellationToken);
        await batches.SaveAsync(batch, cancellationToken);
        if (await submitter.TrySubmitAsync(ClaimBatchJob.JobKind, batch.Id, batch.Id, consumerId, cancellationToken)) return batch;

        await batches.SaveAsync(batch with { State = ClaimBatchState.Failed, FinishedAt = time.GetUtcNow(), FailureReason = "The batch could not be queued; nothing was charged. Submit it again." }, CancellationToken.None);
        await batches.DeletePendingAsync(batch.Id, CancellationToken.None);
        return null;
    }

    /// <summary>The batch, if it is <paramref name="consumerId"/>'s; another consumer's batch does not exist for them.</summary>
    public async Task<ClaimBatch?> FindAsync(string id, string? consumerId, CancellationToken cancellationToken) =>
        await batches.FindAsync(id, cancellationToken) is { } batch && string.Equals(batch.ConsumerId, consumerId, StringComparison.Ordinal) ? batch : null;

    public Task<IReadOnlyList<GroupClaimItem>> ItemsAsync(string id, int offset, int limit, CancellationToken cancellationToken) =>
        batches.ItemsAsync(id, offset, limit, cancellationToken);
}
