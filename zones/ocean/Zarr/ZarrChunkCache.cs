using DataZones.Marketplace.Telemetry;

namespace DataZones.Zones.Ocean.Zarr;

/// <summary>
/// A bounded, least-recently-used cache of stored chunk bytes, keyed by store identity and key, and bounded by the
/// total bytes it holds. It caches the bytes as stored (compressed): that is what a blob round trip costs, and
/// compressed ocean fields are several times smaller, so a budget holds several times more chunks. Decompression
/// stays per query and runs in parallel. Absent chunks are cached too, since "no blob" also costs a round trip.
/// Thread-safe.
/// </summary>
public sealed class ZarrChunkCache
{
    /// <summary>The bytes an entry costs beyond its content (key, node, dictionary slot), so that absent chunks count.</summary>
    private const int EntryOverheadBytes = 128;

    private readonly long _capacityBytes;
    private readonly Dictionary<(string Store, string Key), LinkedListNode<Entry>> _entries = new();
    private readonly LinkedList<Entry> _recency = new();
    private readonly Lock _lock = new();
    private readonly PlatformMetrics? _metrics;
    private long _sizeBytes;

    public ZarrChunkCache(long capacityBytes, PlatformMetrics? metrics = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacityBytes);
        _capacityBytes = capacityBytes;
        _metrics = metrics;
    }

    public long CapacityBytes => _capacityBytes;

    public long SizeBytes
    {
        get
        {
            lock (_lock)
            {
                return _sizeBytes;
            }
        }
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Looks up a chunk; <paramref name="value"/> is null for a chunk known to be absent.</summary>
    public bool TryGet(string store, string key, out byte[]? value)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue((store, key), out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                value = node.Value.Value;
                _metrics?.CacheLookup("ocean-chunks", hit: true);
                return true;
            }
        }
        _metrics?.CacheLookup("ocean-chunks", hit: false);
        value = null;
        return false;
    }

    /// <summary>Adds or replaces a chunk (null: known absent), evicting the least recently used beyond capacity.</summary>
    public void Set(string store, string key, byte[]? value)
    {
        var cost = (value?.Length ?? 0) + key.Length * 2L + EntryOverheadBytes;
        if (cost > _capacityBytes)
        {
            Remove(store, key);
            return;
        }
        lock (_lock)
        {
            if (_entries.Remove((store, key), out var existing))
            {
                _recency.Remove(existing);
                _sizeBytes -= existing.Value.CostBytes;
            }
            _entries[(store, key)] = _recency.AddFirst(new Entry(store, key, value, cost));
            _sizeBytes += cost;
            while (_sizeBytes > _capacityBytes && _recency.Last is { } oldest)
            {
                _recency.RemoveLast();
                _entries.Remove((oldest.Value.Store, oldest.Value.Key));
                _sizeBytes -= oldest.Value.CostBytes;
            }
        }
    }

    /// <summary>Forgets a chunk, e.g. after it was rewritten.</summary>
    public void Remove(string store, string key)
    {
        lock (_lock)
        {
            if (_entries.Remove((store, key), out var node))
            {
                _recency.Remove(node);
                _sizeBytes -= node.Value.CostBytes;
            }
        }
    }

    /// <summary>Forgets every chunk of a store whose key starts with <paramref name="prefix"/>.</summary>
    public void RemovePrefix(string store, string prefix)
    {
        lock (_lock)
        {
            var stale = _recency.Where(e => e.Store == store && e.Key.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            foreach (var entry in stale)
            {
                var node = _entries[(entry.Store, entry.Key)];
                _entries.Remove((entry.Store, entry.Key));
                _recency.Remove(node);
                _sizeBytes -= entry.CostBytes;
            }
        }
    }

    private sealed record Entry(string Store, string Key, byte[]? Value, long CostBytes);
}
