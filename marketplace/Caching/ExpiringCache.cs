using System.Collections.Concurrent;
using DataZones.Marketplace.Telemetry;

namespace DataZones.Marketplace.Caching;

/// <summary>
/// A bounded in-memory cache whose entries expire after a fixed time: what keeps the paid-call path free of storage
/// reads in the steady state while bounding how stale a change made on another instance can be. Absent values
/// (null) are not cached, so something created elsewhere is found at once. Hits and misses are counted under
/// <paramref name="name"/> when <paramref name="metrics"/> is given.
/// </summary>
public sealed class ExpiringCache<TKey, TValue>(TimeProvider time, TimeSpan lifetime, int entriesMax, PlatformMetrics? metrics = null, string name = "")
    where TKey : notnull
    where TValue : class
{
    private sealed record Entry(TValue Value, DateTimeOffset LoadedAt);

    private readonly ConcurrentDictionary<TKey, Entry> entries = new();

    public async Task<TValue?> GetOrLoadAsync(TKey key, Func<TKey, CancellationToken, Task<TValue?>> load, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (entries.TryGetValue(key, out var entry) && now - entry.LoadedAt < lifetime)
        {
            metrics?.CacheLookup(name, hit: true);
            return entry.Value;
        }
        metrics?.CacheLookup(name, hit: false);
        var value = await load(key, cancellationToken);
        if (value is null)
        {
            entries.TryRemove(key, out _);
            return null;
        }
        // Bounded: when full, start again rather than grow; the next calls reload what they need.
        if (entries.Count >= entriesMax) entries.Clear();
        entries[key] = new Entry(value, now);
        return value;
    }

    public void Invalidate(TKey key) => entries.TryRemove(key, out _);
}
