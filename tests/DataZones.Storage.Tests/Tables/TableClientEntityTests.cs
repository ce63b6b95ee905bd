using Azure;
using DataZones.Storage.Tables;

namespace DataZones.Storage.Tests.Tables;

public class TableClientEntityTests
{
    [Fact]
    public async Task AddEntityAsync_NewEntity_CanBeReadBackWithETagAndTimestamp()
    {
        var table = await StorageTestClients.CreateTableAsync();

        var response = await table.AddEntityAsync(new TableEntity("p", "r") { ["Name"] = "first" });
        var entity = (await table.GetEntityAsync("p", "r")).Value;

        Assert.Equal(204, response.Status);
        Assert.Equal("first", entity.GetString("Name"));
        Assert.Equal("p", entity.PartitionKey);
        Assert.Equal("r", entity.RowKey);
        Assert.NotEqual(default, entity.ETag);
        Assert.Equal(response.Headers.ETag, entity.ETag);
        Assert.True(entity.Timestamp > DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    [Fact]
    public async Task AddEntityAsync_ExistingKeys_Throws409EntityAlreadyExists()
    {
        var table = await StorageTestClients.CreateTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r"));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.AddEntityAsync(new TableEntity("p", "r")));

        Assert.Equal(409, error.Status);
        Assert.Equal("EntityAlreadyExists", error.ErrorCode);
    }

    [Fact]
    public async Task AddEntityAsync_EveryEdmType_RoundTrips()
    {
        var table = await StorageTestClients.CreateTableAsync();
        var time = new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.FromHours(8)).AddTicks(1234567);
        var guid = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
        byte[] bytes = [0, 1, 2, 250, 255];
        await table.AddEntityAsync(new TableEntity("p", "r")
        {
            ["Text"] = "héllo 'quoted' \"double\" 数据\nline",
            ["Flag"] = true,
            ["Small"] = int.MinValue,
            ["Big"] = long.MaxValue,
            ["Whole"] = 2.0,
            ["Fraction"] = 0.1,
            ["Huge"] = 1.7976931348623157e308,
            ["NotANumber"] = double.NaN,
            ["When"] = time,
            ["WhenUtc"] = new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc),
            ["Id"] = guid,
            ["Bytes"] = bytes,
            ["Data"] = BinaryData.FromBytes(bytes),
            ["Missing"] = null,
        });

        var entity = (await table.GetEntityAsync("p", "r")).Value;

        Assert.Equal("héllo 'quoted' \"double\" 数据\nline", entity.GetString("Text"));
        Assert.True(entity.GetBoolean("Flag"));
        Assert.Equal(int.MinValue, entity.GetInt32("Small"));
        Assert.Equal(long.MaxValue, entity.GetInt64("Big"));
        Assert.IsType<double>(entity["Whole"]);
        Assert.Equal(2.0, entity.GetDouble("Whole"));
        Assert.Equal(0.1, entity.GetDouble("Fraction"));
        Assert.Equal(1.7976931348623157e308, entity.GetDouble("Huge"));
        Assert.True(double.IsNaN(entity.GetDouble("NotANumber")!.Value));
        Assert.Equal(time, entity.GetDateTimeOffset("When"));
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), entity.GetDateTimeOffset("WhenUtc"));
        Assert.Equal(guid, entity.GetGuid("Id"));
        Assert.Equal(bytes, entity.GetBinary("Bytes"));
        Assert.Equal(bytes, entity.GetBinary("Data"));
        Assert.False(entity.ContainsKey("Missing"));
        Assert.Null(entity.GetString("Absent"));
    }

    [Fact]
    public async Task AddEntityAsync_DecimalProperty_ThrowsArgumentException()
    {
        var table = await StorageTestClients.CreateTableAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(new TableEntity("p", "r") { ["Amount"] = 1.5m }));
    }

    [Fact]
    public async Task AddEntityAsync_KeysWithQuotesAndSpaces_AreAddressable()
    {
        var table = await StorageTestClients.CreateTableAsync();
        const string partitionKey = "it's a key";
        const string rowKey = "x' or true or 'a'='a %20+&";

        await table.AddEntityAsync(new TableEntity(partitionKey, rowKey) { ["V"] = 1 });
        var entity = (await table.GetEntityAsync(partitionKey, rowKey)).Value;
        await table.DeleteEntityAsync(partitionKey, rowKey);

        Assert.Equal(1, entity.GetInt32("V"));
        Assert.False((await table.GetEntityIfExistsAsync(partitionKey, rowKey)).HasValue);
    }

    [Fact]
    public async Task GetEntityAsync_Missing_Throws404WithErrorCode()
    {
        var table = await StorageTestClients.CreateTableAsync();

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.GetEntityAsync("p", "nothing"));

        Assert.Equal(404, error.Status);
        Assert.Equal("ResourceNotFound", error.ErrorCode);
    }

    [Fact]
    public async Task GetEntityIfExistsAsync_MissingAndPresent_ReportsHasValue()
    {
        var table = await StorageTestClients.CreateTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = 1, ["B"] = 2 });

        var missing = await table.GetEntityIfExistsAsync("p", "other");
        var present = await table.GetEntityIfExistsAsync("p", "r", select: ["A"]);

        Assert.False(missing.HasValue);
        Assert.Equal(404, missing.GetRawResponse().Status);
        Assert.True(present.HasValue);
        Assert.Equal(1, present.Value!.GetInt32("A"));
        Assert.False(present.Value.ContainsKey("B"));
    }

    [Fact]
    public async Task GetEntityAsync_MissingTable_Throws404()
    {
        var table = StorageTestClients.Tables.GetTableClient(DataZones.Testing.TestStorage.UniqueName("none"));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.GetEntityAsync("p", "r"));

        Assert.Equal(404, error.Status);
    }
}
