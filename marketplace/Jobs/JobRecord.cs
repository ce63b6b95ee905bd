namespace DataZones.Marketplace.Jobs;

/// <summary>
/// What the platform knows of one background job: its kind (which handler runs it), its state, how often it was
/// delivered, its progress, and — when it failed — why. Zones keep their domain results (rows loaded, problems found)
/// in their own records under the same id.
/// </summary>
/// <param name="Kind">Which handler runs it, e.g. <c>finance-ingestion</c>.</param>
/// <param name="Id">Unique within its kind.</param>
/// <param name="Payload">What the handler needs, as the submitter wrote it (an id, a small JSON document).</param>
/// <param name="SubmittedBy">The credential that submitted it.</param>
/// <param name="SubmittedAt">When it was submitted.</param>
/// <param name="State">Where it is in its lifecycle.</param>
/// <param name="Deliveries">How often its message has been delivered so far.</param>
/// <param name="Done">Units of work done so far (rows, time steps), with <paramref name="Total"/> when known.</param>
/// <param name="Total">The units of work in all, when known.</param>
/// <param name="Message">The handler's latest word on its progress.</param>
/// <param name="LastError">The error of the latest failed delivery, kept for the next one and the job's reason.</param>
/// <param name="FailureReason">Why it failed, for the submitter.</param>
/// <param name="StartedAt">When its first delivery began.</param>
/// <param name="FinishedAt">When it succeeded or failed.</param>
/// <param name="ClaimedUntil">While running: until when the delivering process holds the job (renewed as it works).</param>
public sealed record JobRecord(
    string Kind,
    string Id,
    string Payload,
    string SubmittedBy,
    DateTimeOffset SubmittedAt,
    JobState State,
    int Deliveries = 0,
    long Done = 0,
    long? Total = null,
    string? Message = null,
    string? LastError = null,
    string? FailureReason = null,
    DateTimeOffset? StartedAt = null,
    DateTimeOffset? FinishedAt = null,
    DateTimeOffset? ClaimedUntil = null)
{
    public bool IsFinished => State is JobState.Succeeded or JobState.Failed;
}
