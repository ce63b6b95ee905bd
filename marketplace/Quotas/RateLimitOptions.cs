namespace DataZones.Marketplace.Quotas;

/// <summary>Configuration section <c>RateLimit</c>: each subscription's token bucket, per instance.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimit";

    /// <summary>Sustained calls per second per subscription.</summary>
    public int PermitsPerSecond { get; set; } = 100;

    /// <summary>Calls a subscription may burst above the sustained rate.</summary>
    public int BurstPermits { get; set; } = 200;
}
