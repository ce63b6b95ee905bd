namespace DataZones.Marketplace.Jobs;

/// <summary>A job's lifecycle: queued → running → succeeded or failed. A running job that is re-delivered runs again.</summary>
public enum JobState
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
