namespace DataZones.Marketplace.Jobs;

/// <summary>A job's record as the operator sees it; the payload (a zone's own reference) is not shown.</summary>
public sealed record QueuedJobView(
    string Kind, string Id, JobState State, int Deliveries, long Done, long? Total, string? Message, string? LastError, string? FailureReason,
    string SubmittedBy, DateTimeOffset SubmittedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt)
{
    public static QueuedJobView From(JobRecord r) => new(
        r.Kind, r.Id, r.State, r.Deliveries, r.Done, r.Total, r.Message, r.LastError, r.FailureReason, r.SubmittedBy, r.SubmittedAt, r.StartedAt, r.FinishedAt);
}
