using DataZones.Marketplace.Caching;
using DataZones.Marketplace.Telemetry;
using Microsoft.Extensions.Options;

namespace DataZones.Marketplace.Subscriptions;

/// <summary>
/// The pipeline's view of subscriptions: a consumer's subscriptions held in memory for at most
/// <see cref="SubscriptionOptions.CacheSeconds"/>, so that a paid call does no storage read in the steady state.
/// A change made through this instance is seen at once; one made elsewhere within the cache time (documented in
/// docs/marketplace.md: a suspension takes effect everywhere within that bound).
/// </summary>
public sealed class SubscriptionDirectory(SubscriptionStore store, TimeProvider time, PlatformMetrics metrics, IOptions<SubscriptionOptions> options)
{
    private readonly ExpiringCache<string, IReadOnlyList<Subscription>> cache =
        new(time, TimeSpan.FromSeconds(options.Value.CacheSeconds), options.Value.CacheEntriesMax, metrics, "subscriptions");

    /// <summary>The consumer's subscription to the product that is not rejected or cancelled, if any.</summary>
    public async Task<Subscription?> FindCurrentAsync(string consumerId, string productId, CancellationToken cancellationToken)
    {
        var subscriptions = await cache.GetOrLoadAsync(consumerId, async (id, ct) => await store.ListForConsumerAsync(id, ct), cancellationToken);
        return subscriptions?.FirstOrDefault(s => s.ProductId == productId
            && s.Status is SubscriptionStatus.Active or SubscriptionStatus.Suspended or SubscriptionStatus.Requested);
    }

    public void Invalidate(string consumerId) => cache.Invalidate(consumerId);
}
