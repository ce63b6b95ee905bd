namespace DataZones.Marketplace.Quotas;

/// <summary>Whether a call may proceed under its rate limit, the permits left, and when to retry if not.</summary>
public sealed record RateLimitDecision(bool Granted, long Remaining, TimeSpan RetryAfter);
