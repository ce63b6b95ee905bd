namespace DataZones.Marketplace.Jobs;

/// <summary>What becomes of a delivered message: removed (the job is finished, or was not a job), or left to come back.</summary>
/// <param name="Finished">Whether the message is done with.</param>
/// <param name="RetryAfter">With <see cref="Finished"/> false: when the message should be visible again.</param>
public sealed record JobDeliveryOutcome(bool Finished, TimeSpan RetryAfter)
{
    public static readonly JobDeliveryOutcome Done = new(true, TimeSpan.Zero);

    public static JobDeliveryOutcome Later(TimeSpan after) => new(false, after < TimeSpan.Zero ? TimeSpan.Zero : after);
}
