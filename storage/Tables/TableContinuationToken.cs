namespace DataZones.Storage.Tables;

/// <summary>
/// The opaque continuation token of an entity query: the service's NextPartitionKey and NextRowKey, joined by a
/// space (the service's own key markers never contain one).
/// </summary>
internal static class TableContinuationToken
{
    public const string NextPartitionKeyHeader = "x-ms-continuation-NextPartitionKey";
    public const string NextRowKeyHeader = "x-ms-continuation-NextRowKey";
    public const string NextTableNameHeader = "x-ms-continuation-NextTableName";

    public static string? Encode(string? nextPartitionKey, string? nextRowKey) =>
        string.IsNullOrEmpty(nextPartitionKey) ? null : nextPartitionKey + " " + nextRowKey;

    public static (string NextPartitionKey, string? NextRowKey) Decode(string token)
    {
        var space = token.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0) throw new ArgumentException("Not a continuation token of a table query.", nameof(token));
        var rowKey = token[(space + 1)..];
        return (token[..space], rowKey.Length == 0 ? null : rowKey);
    }
}
