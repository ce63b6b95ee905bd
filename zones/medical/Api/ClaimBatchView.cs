using DataZones.Zones.Medical.Claims;

namespace DataZones.Zones.Medical.Api;

/// <summary>A claim batch as its insurer reads it: counts, state, progress, and where its results are.</summary>
public sealed record ClaimBatchView(
    string Id, string State, int Items, int Accepted, int Refused, int Verified, DateTimeOffset SubmittedAt, DateTimeOffset? FinishedAt,
    string? FailureReason, string Status, string Results)
{
    public static ClaimBatchView From(ClaimBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var self = $"/zones/medical/claim-verifications/batches/{batch.Id}";
        return new(batch.Id, batch.State.ToString().ToLowerInvariant(), batch.Items, batch.Accepted, batch.Items - batch.Accepted, batch.Verified,
            batch.SubmittedAt, batch.FinishedAt, batch.FailureReason, self, self + "/items");
    }
}

/// <summary>The acceptance of a batch: the batch, and the items refused at once with their problems (not billed).</summary>
public sealed record ClaimBatchAcceptance(ClaimBatchView Batch, IReadOnlyList<GroupClaimItem> Refused);

/// <summary>A page of a batch's item results in index order; <see cref="NextOffset"/> is absent on the last page.</summary>
public sealed record ClaimBatchItemsPage(IReadOnlyList<GroupClaimItem> Items, int? NextOffset);
