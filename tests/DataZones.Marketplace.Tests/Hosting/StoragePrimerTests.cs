using Azure.Data.Tables;
using DataZones.Testing;

namespace DataZones.Marketplace.Tests.Hosting;

public sealed class StoragePrimerTests
{
    [Fact]
    public async Task AtStart_ThePaidPathsTablesAreCreated_BeforeAnyRequest()
    {
        var prefix = TestStorage.UniqueName("prime");
        await using var host = await TestHosts.StartAsync(new Dictionary<string, string?> { ["Persistence:TablePrefix"] = prefix });
        var service = new TableServiceClient(TestStorage.ConnectionString);
        string[] expected = [prefix + "apikeys", prefix + "ledgerchains", prefix + "quota", prefix + "subscriptions"];

        var found = new List<string>();
        for (var attempt = 0; attempt < 100 && found.Count < expected.Length; attempt++)
        {
            await Task.Delay(100);
            found = await service.QueryAsync(TableClient.CreateQueryFilter($"TableName ge {prefix} and TableName lt {prefix + "~"}"))
                .Select(t => t.Name).Where(expected.Contains).ToListAsync();
        }

        Assert.Equal(expected, found.Order(StringComparer.Ordinal));
    }
}
