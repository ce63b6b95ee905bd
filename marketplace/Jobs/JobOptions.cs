namespace DataZones.Marketplace.Jobs;

/// <summary>Configuration section <c>Jobs</c>: the queue background work travels on, and how deliveries behave.</summary>
public sealed class JobOptions
{
    public const string SectionName = "Jobs";

    /// <summary>The queue's name after the platform prefix (<c>{prefix}-jobs</c>); the Functions trigger names the same queue.</summary>
    public string QueueName { get; set; } = "jobs";

    /// <summary>How long a taken message stays invisible; renewed at half this while the job works.</summary>
    public int VisibilityTimeoutSeconds { get; set; } = 300;

    /// <summary>Deliveries before a job that keeps failing is given up (marked failed, message removed).</summary>
    public int MaxDeliveries { get; set; } = 5;

    /// <summary>How long the local poller waits after finding the queue empty.</summary>
    public double PollIntervalSeconds { get; set; } = 1;

    /// <summary>
    /// Whether this process polls the queue itself. Unset: it does unless it runs under the Functions host, whose
    /// queue trigger delivers the messages instead.
    /// </summary>
    public bool? PollLocally { get; set; }

    public TimeSpan VisibilityTimeout => TimeSpan.FromSeconds(Math.Max(1, VisibilityTimeoutSeconds));
}
