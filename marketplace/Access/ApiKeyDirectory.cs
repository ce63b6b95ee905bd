using DataZones.Marketplace.Caching;
using DataZones.Marketplace.Telemetry;
using Microsoft.Extensions.Options;

namespace DataZones.Marketplace.Access;

/// <summary>
/// The authentication handler's view of keys, held in memory for <see cref="AccessOptions.CacheSeconds"/> so that a
/// paid call does no storage read in the steady state. A revocation through this instance applies at once; on other
/// instances within the cache time (documented in docs/marketplace.md).
/// </summary>
public sealed class ApiKeyDirectory(ApiKeyStore store, TimeProvider time, PlatformMetrics metrics, IOptions<AccessOptions> options)
{
    private readonly ExpiringCache<(string OwnerId, string KeyId), ApiKeyRecord> cache =
        new(time, TimeSpan.FromSeconds(options.Value.CacheSeconds), options.Value.CacheEntriesMax, metrics, "api-keys");

    public Task<ApiKeyRecord?> FindAsync(string ownerId, string keyId, CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync((ownerId, keyId), (k, ct) => store.FindAsync(k.OwnerId, k.KeyId, ct), cancellationToken);

    public void Invalidate(string ownerId, string keyId) => cache.Invalidate((ownerId, keyId));
}
