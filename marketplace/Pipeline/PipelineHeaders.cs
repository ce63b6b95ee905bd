namespace DataZones.Marketplace.Pipeline;

/// <summary>The response headers of a paid call (documented in docs/consumer-guide.md).</summary>
public static class PipelineHeaders
{
    public const string IdempotencyKey = "Idempotency-Key";
    public const string UnitsCharged = "X-Units-Charged";
    public const string AmountCharged = "X-Amount-Charged";
    public const string Receipt = "X-Receipt";
    public const string RateLimitLimit = "RateLimit-Limit";
    public const string RateLimitRemaining = "RateLimit-Remaining";
    public const string RateLimitReset = "RateLimit-Reset";
    public const string QuotaRemaining = "X-Quota-Remaining";
    public const string QuotaReset = "X-Quota-Reset";
    public const string IdempotentReplay = "Idempotent-Replayed";
}
