namespace DataZones.Marketplace.Jobs;

/// <summary>
/// Runs one kind of job. Delivery is at least once: a job may run again after a crash or a lost acknowledgement,
/// so every step must be idempotent (or resume from the progress the context saved).
/// </summary>
public interface IJobHandler
{
    /// <summary>The kind this handler runs, e.g. <c>finance-ingestion</c>.</summary>
    string Kind { get; }

    /// <summary>
    /// Does the job. Returning completes it; <see cref="JobRejectedException"/> fails it for good with its reason;
    /// any other exception leaves it for another delivery.
    /// </summary>
    Task RunAsync(JobContext context, CancellationToken cancellationToken);
}
