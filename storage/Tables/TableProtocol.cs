namespace DataZones.Storage.Tables;

/// <summary>Header names and values of the Table service's JSON protocol.</summary>
internal static class TableProtocol
{
    public static class Headers
    {
        public const string Accept = "Accept";
        public const string ContentType = "Content-Type";
        public const string DataServiceVersion = "DataServiceVersion";
        public const string IfMatch = "If-Match";
        public const string Prefer = "Prefer";
    }

    public static class Values
    {
        /// <summary>Minimal metadata: annotations only where JSON cannot tell the type, and the ETag in the body.</summary>
        public const string AcceptJson = "application/json;odata=minimalmetadata";
        public const string Json = "application/json";
        public const string DataServiceVersion = "3.0";
        public const string ReturnNoContent = "return-no-content";
        public const string AnyETag = "*";
    }

    /// <summary>The path segment of one entity: keys quoted with <c>'</c> doubled, then percent-encoded.</summary>
    public static string EntityPath(string tableName, string partitionKey, string rowKey) =>
        "/" + Uri.EscapeDataString(tableName)
            + "(PartitionKey='" + Uri.EscapeDataString(partitionKey.Replace("'", "''", StringComparison.Ordinal))
            + "',RowKey='" + Uri.EscapeDataString(rowKey.Replace("'", "''", StringComparison.Ordinal)) + "')";
}
