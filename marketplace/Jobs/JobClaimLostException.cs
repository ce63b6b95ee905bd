namespace DataZones.Marketplace.Jobs;

/// <summary>Another delivery took this job over (this one stalled past its claim): this delivery must stop.</summary>
public sealed class JobClaimLostException() : Exception("Another delivery holds this job now.");
