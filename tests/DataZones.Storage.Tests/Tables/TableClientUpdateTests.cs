using Azure;
using DataZones.Storage.Tables;

namespace DataZones.Storage.Tests.Tables;

public class TableClientUpdateTests
{
    [Fact]
    public async Task UpsertEntityAsync_Merge_KeepsOtherProperties()
    {
        var table = await StorageTestClients.CreateTableAsync();
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["A"] = 1, ["B"] = "b" });

        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["A"] = 2 }, TableUpdateMode.Merge);
        var entity = (await table.GetEntityAsync("p", "r")).Value;

        Assert.Equal(2, entity.GetInt32("A"));
        Assert.Equal("b", entity.GetString("B"));
    }

    [Fact]
    public async Task UpsertEntityAsync_Replace_DropsOtherProperties()
    {
        var table = await StorageTestClients.CreateTableAsync();
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["A"] = 1, ["B"] = "b" });

        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["A"] = 2 }, TableUpdateMode.Replace);
        var entity = (await table.GetEntityAsync("p", "r")).Value;

        Assert.Equal(2, entity.GetInt32("A"));
        Assert.False(entity.ContainsKey("B"));
    }

    [Fact]
    public async Task UpdateEntityAsync_CurrentETag_SucceedsAndReturnsNewETag()
    {
        var table = await StorageTestClients.CreateTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["Count"] = 1L });
        var read = (await table.GetEntityAsync("p", "r")).Value;

        read["Count"] = 2L;
        var response = await table.UpdateEntityAsync(read, read.ETag, TableUpdateMode.Replace);

        Assert.NotEqual(read.ETag, response.Headers.ETag);
        Assert.Equal(2L, (await table.GetEntityAsync("p", "r")).Value.GetInt64("Count"));
    }

    [Fact]
    public async Task UpdateEntityAsync_StaleETag_Throws412()
    {
        var table = await StorageTestClients.CreateTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["Count"] = 1L });
        var stale = (await table.GetEntityAsync("p", "r")).Value;
        await table.UpdateEntityAsync(new TableEntity("p", "r") { ["Count"] = 5L }, ETag.All);

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.UpdateEntityAsync(stale, stale.ETag));

        Assert.Equal(412, error.Status);
        Assert.Equal("UpdateConditionNotSatisfied", error.ErrorCode);
        Assert.Equal(5L, (await table.GetEntityAsync("p", "r")).Value.GetInt64("Count"));
    }

    [Fact]
    public async Task UpdateEntityAsync_MissingEntity_Throws404()
    {
        var table = await StorageTestClients.CreateTableAsync();

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.UpdateEntityAsync(new TableEntity("p", "r"), ETag.All));

        Assert.Equal(404, error.Status);
    }

    [Fact]
    public async Task UpdateEntityAsync_DefaultETag_ThrowsArgumentException()
    {
        var table = await StorageTestClients.CreateTableAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => table.UpdateEntityAsync(new TableEntity("p", "r"), default));
    }

    [Fact]
    public async Task DeleteEntityAsync_MissingEntity_IsNotAnError()
    {
        var table = await StorageTestClients.CreateTableAsync();

        var response = await table.DeleteEntityAsync("p", "missing");

        Assert.Equal(404, response.Status);
    }

    [Fact]
    public async Task DeleteEntityAsync_StaleETag_Throws412AndKeepsEntity()
    {
        var table = await StorageTestClients.CreateTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r"));
        var stale = (await table.GetEntityAsync("p", "r")).Value.ETag;
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["Changed"] = true });

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.DeleteEntityAsync("p", "r", stale));

        Assert.Equal(412, error.Status);
        Assert.True((await table.GetEntityIfExistsAsync("p", "r")).HasValue);
    }

    [Fact]
    public async Task DeleteEntityAsync_CurrentETag_Deletes()
    {
        var table = await StorageTestClients.CreateTableAsync();
        var added = await table.AddEntityAsync(new TableEntity("p", "r"));

        await table.DeleteEntityAsync("p", "r", added.Headers.ETag!.Value);

        Assert.False((await table.GetEntityIfExistsAsync("p", "r")).HasValue);
    }
}
