namespace DataZones.Functions.Scheduling;

/// <summary>Configuration section <c>Scheduling</c>: the stand-in for the host's timers when the app runs off the host.</summary>
public sealed class LocalSchedulerOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>
    /// Whether this instance runs the jobs on their schedules (off the host only). Every job is idempotent, so two
    /// instances doing it is harmless but wasted work: with several instances, leave it on for one.
    /// </summary>
    public bool LocalScheduler { get; set; } = true;
}
