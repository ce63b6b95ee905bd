namespace DataZones.Zones.Medical.Claims;

/// <summary>Where a claim batch job is.</summary>
public enum ClaimBatchState
{
    Queued,
    Running,
    Succeeded,
    Failed,
}

/// <summary>
/// A group-supplementary batch of 501–10,000 claims, verified as a job. Its accepted items were billed when it was
/// accepted (one unit each, as a group's answered items are); refused items were answered then with their problems.
/// </summary>
/// <param name="Id">The batch id.</param>
/// <param name="ConsumerId">The insurer that submitted it: the only one who can read it.</param>
/// <param name="SubmittedAt">When it was accepted.</param>
/// <param name="Items">Items in the request.</param>
/// <param name="Accepted">Items accepted for verification (and billed).</param>
/// <param name="Verified">Accepted items verified so far.</param>
/// <param name="State">Queued, running, succeeded or failed.</param>
/// <param name="FinishedAt">When it ended.</param>
/// <param name="FailureReason">Why it failed, when it did.</param>
public sealed record ClaimBatch(
    string Id, string ConsumerId, DateTimeOffset SubmittedAt, int Items, int Accepted, int Verified, ClaimBatchState State,
    DateTimeOffset? FinishedAt = null, string? FailureReason = null)
{
    public bool IsFinished => State is ClaimBatchState.Succeeded or ClaimBatchState.Failed;
}

/// <summary>An accepted item as the job reads it: the claim as sent, and the data period its consent covered when it was accepted.</summary>
public sealed record PendingClaim(int Index, ClaimRequest Claim, DateOnly DataFrom, DateOnly DataTo);
