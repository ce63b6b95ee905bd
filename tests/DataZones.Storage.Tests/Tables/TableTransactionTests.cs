using Azure;
using DataZones.Storage.Tables;

namespace DataZones.Storage.Tests.Tables;

public class TableTransactionTests
{
    [Fact]
    public async Task SubmitTransactionAsync_HundredAdds_WritesAllAndReturnsOneResponseEach()
    {
        var table = await StorageTestClients.CreateTableAsync();
        var actions = Enumerable.Range(0, 100)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", "r" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)) { ["I"] = i }))
            .ToList();

        var response = await table.SubmitTransactionAsync(actions);

        Assert.Equal(100, response.Value.Count);
        Assert.All(response.Value, r => Assert.Equal(204, r.Status));
        Assert.All(response.Value, r => Assert.NotNull(r.Headers.ETag));
        var count = 0;
        await foreach (var _ in table.QueryAsync()) count++;
        Assert.Equal(100, count);
    }

    [Fact]
    public async Task SubmitTransactionAsync_EveryActionType_AppliesEach()
    {
        var table = await StorageTestClients.CreateTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "delete"));
        await table.AddEntityAsync(new TableEntity("p", "merge") { ["Keep"] = 1, ["V"] = 1 });
        await table.AddEntityAsync(new TableEntity("p", "replace") { ["Drop"] = 1 });
        var mergeETag = (await table.GetEntityAsync("p", "merge")).Value.ETag;

        await table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "add")),
            new(TableTransactionActionType.Delete, new TableEntity("p", "delete")),
            new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "merge") { ["V"] = 2 }, mergeETag),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("p", "replace") { ["New"] = 1 }),
            new(TableTransactionActionType.UpsertMerge, new TableEntity("p", "upsertmerge") { ["V"] = 3 }),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "upsertreplace") { ["V"] = 4 }),
        ]);

        Assert.True((await table.GetEntityIfExistsAsync("p", "add")).HasValue);
        Assert.False((await table.GetEntityIfExistsAsync("p", "delete")).HasValue);
        var merged = (await table.GetEntityAsync("p", "merge")).Value;
        Assert.Equal((1, 2), (merged.GetInt32("Keep"), merged.GetInt32("V")));
        var replaced = (await table.GetEntityAsync("p", "replace")).Value;
        Assert.Equal((false, 1), (replaced.ContainsKey("Drop"), replaced.GetInt32("New")));
        Assert.Equal(3, (await table.GetEntityAsync("p", "upsertmerge")).Value.GetInt32("V"));
        Assert.Equal(4, (await table.GetEntityAsync("p", "upsertreplace")).Value.GetInt32("V"));
    }

    [Fact]
    public async Task SubmitTransactionAsync_ThirdActionAddsExistingKey_WritesNothingAndReportsIndex2()
    {
        var table = await StorageTestClients.CreateTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "taken"));

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "a")),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "b")),
            new(TableTransactionActionType.Add, new TableEntity("p", "taken")),
            new(TableTransactionActionType.Add, new TableEntity("p", "d")),
        ]));

        Assert.Equal(2, error.FailedTransactionActionIndex);
        Assert.Equal(409, error.Status);
        Assert.Equal("EntityAlreadyExists", error.ErrorCode);
        var rows = new List<string>();
        await foreach (var entity in table.QueryAsync()) rows.Add(entity.RowKey);
        Assert.Equal(["taken"], rows);
    }

    [Fact]
    public async Task SubmitTransactionAsync_StaleETag_Throws412WithIndex()
    {
        var table = await StorageTestClients.CreateTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r"));
        var stale = (await table.GetEntityAsync("p", "r")).Value.ETag;
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["Changed"] = true });

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.UpsertMerge, new TableEntity("p", "other")),
            new(TableTransactionActionType.Delete, new TableEntity("p", "r"), stale),
        ]));

        Assert.Equal(412, error.Status);
        Assert.Equal(1, error.FailedTransactionActionIndex);
    }

    [Fact]
    public async Task SubmitTransactionAsync_MoreThan100Actions_ThrowsArgumentException()
    {
        var table = await StorageTestClients.CreateTableAsync();
        var actions = Enumerable.Range(0, 101).Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", "r" + i)));

        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(actions));
    }

    [Fact]
    public async Task SubmitTransactionAsync_CrossPartitionOrEmptyOrDuplicate_ThrowsArgumentException()
    {
        var table = await StorageTestClients.CreateTableAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(
            [new(TableTransactionActionType.Add, new TableEntity("p1", "r")), new(TableTransactionActionType.Add, new TableEntity("p2", "r"))]));
        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync([]));
        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(
            [new(TableTransactionActionType.Add, new TableEntity("p", "r")), new(TableTransactionActionType.Delete, new TableEntity("p", "r"))]));
    }
}
