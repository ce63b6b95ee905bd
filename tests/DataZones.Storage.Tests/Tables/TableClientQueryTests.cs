using Azure;
using DataZones.Storage.Tables;

namespace DataZones.Storage.Tests.Tables;

public class TableClientQueryTests
{
    [Fact]
    public async Task QueryAsync_SmallPages_FollowsContinuationAcrossAllPages()
    {
        var table = await StorageTestClients.CreateTableAsync();
        for (var i = 0; i < 7; i++) await table.AddEntityAsync(new TableEntity("p" + (i % 2), i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)));

        var pages = new List<Page<TableEntity>>();
        await foreach (var page in table.QueryAsync(maxPerPage: 2).AsPages()) pages.Add(page);

        Assert.Equal(7, pages.Sum(p => p.Values.Count));
        Assert.True(pages.Count >= 4);
        Assert.All(pages.SkipLast(1), p => Assert.NotNull(p.ContinuationToken));
        Assert.Null(pages[^1].ContinuationToken);
    }

    [Fact]
    public async Task QueryAsync_ResumeFromToken_ContinuesWhereThePageEnded()
    {
        var table = await StorageTestClients.CreateTableAsync();
        for (var i = 0; i < 5; i++) await table.AddEntityAsync(new TableEntity("p", "r" + i));

        string? token = null;
        await foreach (var page in table.QueryAsync(maxPerPage: 2).AsPages())
        {
            token = page.ContinuationToken;
            break;
        }

        var rest = new List<string>();
        await foreach (var page in table.QueryAsync(maxPerPage: 2).AsPages(token)) rest.AddRange(page.Values.Select(e => e.RowKey));

        Assert.Equal(["r2", "r3", "r4"], rest);
    }

    [Fact]
    public async Task QueryAsync_FilterAndSelect_ReturnsMatchingEntitiesWithSelectedProperties()
    {
        var table = await StorageTestClients.CreateTableAsync();
        for (var i = 0; i < 6; i++) await table.AddEntityAsync(new TableEntity("p", "r" + i) { ["N"] = (long)i, ["Other"] = "x" });

        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {"p"} and N ge {3L}");
        var found = await ToListAsync(table.QueryAsync(filter, select: ["N"]));

        Assert.Equal([3L, 4L, 5L], found.Select(e => e.GetInt64("N")!.Value));
        Assert.All(found, e => Assert.False(e.ContainsKey("Other")));
        Assert.All(found, e => Assert.NotEqual(default, e.ETag));
    }

    [Fact]
    public async Task QueryAsync_InjectionAttemptAsKeyValue_MatchesNothingExtra()
    {
        var table = await StorageTestClients.CreateTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "a"));
        await table.AddEntityAsync(new TableEntity("p", "b"));
        const string hostile = "x' or true or 'a'='a";

        var found = await ToListAsync(table.QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {"p"} and RowKey eq {hostile}")));
        await table.AddEntityAsync(new TableEntity("p", hostile));
        var exact = await ToListAsync(table.QueryAsync(TableClient.CreateQueryFilter($"RowKey eq {hostile}")));

        Assert.Empty(found);
        Assert.Equal(hostile, Assert.Single(exact).RowKey);
    }

    [Fact]
    public async Task QueryAsync_TypedFilterValues_MatchStoredTypes()
    {
        var table = await StorageTestClients.CreateTableAsync();
        var time = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var id = Guid.NewGuid();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["When"] = time, ["Id"] = id, ["Ratio"] = 0.5, ["On"] = true, ["Bytes"] = new byte[] { 1, 2 } });

        var filter = TableClient.CreateQueryFilter(
            $"When eq {time} and Id eq {id} and Ratio eq {0.5} and On eq {true} and Bytes eq {new byte[] { 1, 2 }}");
        var found = await ToListAsync(table.QueryAsync(filter));

        Assert.Single(found);
    }

    private static async Task<List<TableEntity>> ToListAsync(AsyncPageable<TableEntity> pageable)
    {
        var list = new List<TableEntity>();
        await foreach (var entity in pageable) list.Add(entity);
        return list;
    }
}
