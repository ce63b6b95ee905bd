using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace DataZones.Marketplace.Quotas;

/// <summary>
/// A token bucket per subscription (System.Threading.RateLimiting), held by each instance. The limit protects the
/// platform from a runaway client; it is not a billing boundary (that is the quota), so per-instance buckets are
/// enough: with N instances a subscription may reach N times the rate, and the operator sizes it knowing that.
/// </summary>
public sealed class SubscriptionRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;

    public SubscriptionRateLimiter(IOptions<RateLimitOptions> options)
    {
        var settings = options.Value;
        Limit = settings.BurstPermits;
        limiter = PartitionedRateLimiter.Create<string, string>(subscriptionId => RateLimitPartition.GetTokenBucketLimiter(
            subscriptionId, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = settings.BurstPermits,
                TokensPerPeriod = settings.PermitsPerSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                AutoReplenishment = true,
                QueueLimit = 0,
            }));
    }

    /// <summary>The bucket size, reported in <c>RateLimit-Limit</c>.</summary>
    public int Limit { get; }

    /// <summary>Takes one permit; the outcome says whether it was granted and what remains.</summary>
    public RateLimitDecision TryAcquire(string subscriptionId)
    {
        using var lease = limiter.AttemptAcquire(subscriptionId);
        var remaining = limiter.GetStatistics(subscriptionId)?.CurrentAvailablePermits ?? 0;
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        return new RateLimitDecision(lease.IsAcquired, remaining, retryAfter);
    }

    public void Dispose() => limiter.Dispose();
}
