using DataZones.Marketplace.Caching;
using DataZones.Marketplace.Telemetry;
using Microsoft.Extensions.Options;

namespace DataZones.Marketplace.Access;

/// <summary>Which consumer an Entra ID application acts for, cached like API keys (<see cref="AccessOptions"/>).</summary>
public sealed class EntraAppDirectory(EntraAppStore store, TimeProvider time, PlatformMetrics metrics, IOptions<AccessOptions> options)
{
    private readonly ExpiringCache<string, string> cache =
        new(time, TimeSpan.FromSeconds(options.Value.CacheSeconds), options.Value.CacheEntriesMax, metrics, "entra-apps");

    public Task<string?> FindConsumerAsync(string appId, CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync(appId, store.FindConsumerAsync, cancellationToken);

    public async Task SetAsync(string appId, string consumerId, CancellationToken cancellationToken)
    {
        await store.SetAsync(appId, consumerId, cancellationToken);
        cache.Invalidate(appId);
    }
}
