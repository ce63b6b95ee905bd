using Azure;
using DataZones.Storage.Blobs;
using DataZones.Testing;

namespace DataZones.Storage.Tests.Blobs;

public class BlobContainerClientTests
{
    [Fact]
    public async Task CreateIfNotExistsAsync_Twice_SecondIsNotAnError()
    {
        var container = StorageTestClients.Blobs.GetBlobContainerClient(TestStorage.UniqueName("c"));

        var first = await container.CreateIfNotExistsAsync();
        var second = await container.CreateIfNotExistsAsync();

        Assert.Equal(201, first.Status);
        Assert.Equal(409, second.Status);
    }

    [Fact]
    public async Task DeleteIfExistsAsync_ExistingThenMissing_ReportsWhetherItDeleted()
    {
        var container = await StorageTestClients.CreateContainerAsync();
        await container.GetBlobClient("b").UploadAsync(BinaryData.FromString("x"));

        var first = (await container.DeleteIfExistsAsync()).Value;
        var second = (await container.DeleteIfExistsAsync()).Value;

        Assert.True(first);
        Assert.False(second);
    }

    [Fact]
    public async Task GetBlobsAsync_PrefixWithSmallPages_ListsOnlyPrefixedBlobsAcrossPages()
    {
        var container = await StorageTestClients.CreateContainerAsync();
        string[] inside = ["grid/a/0.0", "grid/a/0.1", "grid/a/1.0", "grid/a/1.1", "grid/a/.zarray"];
        foreach (var name in inside.Append("grid/b/0.0").Append("other"))
            await container.GetBlobClient(name).UploadAsync(BinaryData.FromString(name));

        var pages = new List<Page<BlobItem>>();
        await foreach (var page in container.GetBlobsAsync("grid/a/").AsPages(pageSizeHint: 2)) pages.Add(page);
        var items = pages.SelectMany(p => p.Values).ToList();

        Assert.Equal(inside.Order(StringComparer.Ordinal), items.Select(b => b.Name));
        Assert.Equal(3, pages.Count);
        Assert.Equal("grid/a/0.0".Length, items.Single(b => b.Name == "grid/a/0.0").ContentLength);
        Assert.All(items, b => Assert.NotEqual(default, b.ETag));
        Assert.All(items, b => Assert.True(b.LastModified > DateTimeOffset.UtcNow.AddMinutes(-5)));
    }

    [Fact]
    public async Task GetBlobsAsync_NoPrefix_ListsEverything()
    {
        var container = await StorageTestClients.CreateContainerAsync();
        for (var i = 0; i < 3; i++) await container.GetBlobClient("b" + i).UploadAsync(BinaryData.FromString("x"));

        var names = new List<string>();
        await foreach (var blob in container.GetBlobsAsync()) names.Add(blob.Name);

        Assert.Equal(["b0", "b1", "b2"], names);
    }
}
