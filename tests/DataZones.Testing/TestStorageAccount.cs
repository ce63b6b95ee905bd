using System.Data.Common;

namespace DataZones.Testing;

/// <summary>The account and endpoints of the tests' Azurite, read from its connection string.</summary>
public sealed record TestStorageAccount(string AccountName, string AccountKey, Uri TableEndpoint, Uri BlobEndpoint, Uri? QueueEndpoint)
{
    public static TestStorageAccount Parse(string connectionString)
    {
        var parts = new DbConnectionStringBuilder { ConnectionString = connectionString };
        string Get(string key) => parts.TryGetValue(key, out var value) && value is string text && text.Length > 0
            ? text
            : throw new InvalidOperationException($"The test storage connection string has no {key}.");
        Uri? Optional(string key) => parts.TryGetValue(key, out var value) && value is string { Length: > 0 } text ? new Uri(text) : null;
        return new TestStorageAccount(Get("AccountName"), Get("AccountKey"), new Uri(Get("TableEndpoint")), new Uri(Get("BlobEndpoint")), Optional("QueueEndpoint"));
    }

    /// <summary>The same account with other endpoints, as a connection string.</summary>
    public string ConnectionString(Uri? tableEndpoint = null, Uri? blobEndpoint = null, Uri? queueEndpoint = null)
    {
        var text = $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};"
            + $"TableEndpoint={tableEndpoint ?? TableEndpoint};BlobEndpoint={blobEndpoint ?? BlobEndpoint};";
        return (queueEndpoint ?? QueueEndpoint) is { } queue ? text + $"QueueEndpoint={queue};" : text;
    }
}
