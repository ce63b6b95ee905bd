namespace DataZones.Zones.Finance.Jobs;

/// <summary>What became of an upload: a queued job, or why there is none.</summary>
public enum IngestionSubmissionOutcome
{
    /// <summary>Stored and queued.</summary>
    Accepted,

    /// <summary>Larger than <see cref="FinanceOptions.UploadBytesMaximum"/>; nothing kept.</summary>
    TooLarge,

    /// <summary>No bytes; nothing kept.</summary>
    Empty,

    /// <summary>The job queue did not take the job; it is recorded as failed and the file deleted.</summary>
    NotQueued,
}
