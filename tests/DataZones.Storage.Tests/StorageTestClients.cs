using DataZones.Storage.Tables;
using DataZones.Testing;

namespace DataZones.Storage.Tests;

/// <summary>Clients of the Azurite that scripts/test started, and a fresh table or container for each test.</summary>
internal static class StorageTestClients
{
    private static readonly Lazy<TableServiceClient> SharedTables = new(() => new TableServiceClient(TestStorage.ConnectionString));

    public static TableServiceClient Tables => SharedTables.Value;

    public static async Task<TableClient> CreateTableAsync()
    {
        var table = Tables.GetTableClient(TestStorage.UniqueName("t"));
        await table.CreateIfNotExistsAsync();
        return table;
    }
}
