namespace DataZones.Zones.Finance.Jobs;

/// <summary>The outcome of submitting a file, with the job when one was recorded.</summary>
public sealed record IngestionSubmission(IngestionSubmissionOutcome Outcome, IngestionJob? Job);
