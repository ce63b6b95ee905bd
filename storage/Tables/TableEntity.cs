using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Azure;

namespace DataZones.Storage.Tables;

/// <summary>
/// A table entity: a dictionary of property values plus its keys, timestamp and ETag. Values are <c>string</c>,
/// <c>bool</c>, <c>int</c>, <c>long</c>, <c>double</c>, <c>DateTimeOffset</c> (or <c>DateTime</c>, stored as UTC),
/// <c>Guid</c>, <c>byte[]</c> or <c>BinaryData</c>; a null value is not stored. Table Storage has no decimal: store
/// money as an invariant-format string.
/// </summary>
public sealed class TableEntity : IDictionary<string, object?>
{
    internal const string PartitionKeyName = "PartitionKey";
    internal const string RowKeyName = "RowKey";

    private readonly Dictionary<string, object?> _properties;

    public TableEntity() => _properties = new Dictionary<string, object?>(StringComparer.Ordinal);

    public TableEntity(string partitionKey, string rowKey) : this()
    {
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    public TableEntity(IDictionary<string, object?> values) =>
        _properties = new Dictionary<string, object?>(values, StringComparer.Ordinal);

    public string PartitionKey
    {
        get => GetString(PartitionKeyName) ?? string.Empty;
        set => _properties[PartitionKeyName] = value;
    }

    public string RowKey
    {
        get => GetString(RowKeyName) ?? string.Empty;
        set => _properties[RowKeyName] = value;
    }

    /// <summary>When the service last wrote the entity; set by reads, ignored by writes.</summary>
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The entity's version as read; pass it to an update or delete to make it conditional.</summary>
    public ETag ETag { get; set; }

    public object? this[string key]
    {
        get => _properties[key];
        set => _properties[key] = value;
    }

    public string? GetString(string key) => GetReference<string>(key);

    public bool? GetBoolean(string key) => GetValue<bool>(key);

    public int? GetInt32(string key) => GetValue<int>(key);

    public long? GetInt64(string key) => TryGetValue(key, out var value) && value is int small ? small : GetValue<long>(key);

    public double? GetDouble(string key) => TryGetValue(key, out var value) && value is int small ? small : GetValue<double>(key);

    public DateTimeOffset? GetDateTimeOffset(string key) =>
        TryGetValue(key, out var value) && value is DateTime dateTime
            ? new DateTimeOffset(dateTime.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(dateTime, DateTimeKind.Utc) : dateTime.ToUniversalTime())
            : GetValue<DateTimeOffset>(key);

    public Guid? GetGuid(string key) => GetValue<Guid>(key);

    public byte[]? GetBinary(string key) =>
        TryGetValue(key, out var value) && value is BinaryData binary ? binary.ToArray() : GetReference<byte[]>(key);

    private TValue? GetValue<TValue>(string key) where TValue : struct => Get(key, out TValue value) ? value : null;

    private TReference? GetReference<TReference>(string key) where TReference : class =>
        Get(key, out TReference? value) ? value : null;

    private bool Get<T>(string key, [MaybeNullWhen(false)] out T result)
    {
        result = default;
        if (!_properties.TryGetValue(key, out var value) || value is null) return false;
        if (value is T typed)
        {
            result = typed;
            return true;
        }

        // A property of another type is a schema mistake in the caller, not a missing value.
        throw new InvalidOperationException($"Property '{key}' is a {value.GetType().Name}, not a {typeof(T).Name}.");
    }

    public ICollection<string> Keys => _properties.Keys;

    public ICollection<object?> Values => _properties.Values;

    public int Count => _properties.Count;

    public bool IsReadOnly => false;

    public void Add(string key, object? value) => _properties.Add(key, value);

    public bool ContainsKey(string key) => _properties.ContainsKey(key);

    public bool Remove(string key) => _properties.Remove(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value) => _properties.TryGetValue(key, out value);

    public void Add(KeyValuePair<string, object?> item) => _properties.Add(item.Key, item.Value);

    public void Clear() => _properties.Clear();

    public bool Contains(KeyValuePair<string, object?> item) => ((ICollection<KeyValuePair<string, object?>>)_properties).Contains(item);

    public void CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex) =>
        ((ICollection<KeyValuePair<string, object?>>)_properties).CopyTo(array, arrayIndex);

    public bool Remove(KeyValuePair<string, object?> item) => ((ICollection<KeyValuePair<string, object?>>)_properties).Remove(item);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _properties.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
