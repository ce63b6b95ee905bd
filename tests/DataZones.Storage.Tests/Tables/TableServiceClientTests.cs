using Azure;
using DataZones.Storage.Tables;
using DataZones.Testing;

namespace DataZones.Storage.Tests.Tables;

public class TableServiceClientTests
{
    [Fact]
    public async Task CreateTableIfNotExistsAsync_Twice_SecondIsNotAnError()
    {
        var name = TestStorage.UniqueName("t");

        var first = await StorageTestClients.Tables.CreateTableIfNotExistsAsync(name);
        var second = await StorageTestClients.Tables.CreateTableIfNotExistsAsync(name);

        Assert.Equal(204, first.Status);
        Assert.Equal(409, second.Status);
    }

    [Fact]
    public async Task DeleteTableAsync_ExistingThenMissing_RemovesTableAndToleratesMissing()
    {
        var table = await StorageTestClients.CreateTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r"));

        await StorageTestClients.Tables.DeleteTableAsync(table.Name);
        var again = await table.DeleteAsync();

        Assert.Equal(404, again.Status);
        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.GetEntityAsync("p", "r"));
        Assert.Equal(404, error.Status);
    }

    [Fact]
    public async Task QueryAsync_FilterOnName_ListsTablesAcrossPages()
    {
        var prefix = TestStorage.UniqueName("q");
        var names = Enumerable.Range(0, 5).Select(i => prefix + i).ToList();
        foreach (var name in names) await StorageTestClients.Tables.CreateTableIfNotExistsAsync(name);

        var filter = TableClient.CreateQueryFilter($"TableName ge {prefix} and TableName lt {prefix + "z"}");
        var pages = new List<Page<TableItem>>();
        await foreach (var page in StorageTestClients.Tables.QueryAsync(filter, maxPerPage: 2).AsPages()) pages.Add(page);

        Assert.Equal(names, pages.SelectMany(p => p.Values).Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.True(pages.Count >= 3);
    }

    [Fact]
    public void Constructor_ConnectionStringWithoutKey_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => new TableServiceClient("AccountName=a;TableEndpoint=http://127.0.0.1:1/a"));
    }
}
