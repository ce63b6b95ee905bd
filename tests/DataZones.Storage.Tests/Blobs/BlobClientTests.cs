using Azure;
using DataZones.Storage.Blobs;
using DataZones.Testing;

namespace DataZones.Storage.Tests.Blobs;

public class BlobClientTests
{
    private static readonly byte[] Hello = "hello, blob world"u8.ToArray();

    [Fact]
    public async Task UploadAsync_SmallContent_DownloadsSameBytesWithPropertiesAndMetadata()
    {
        var container = await StorageTestClients.CreateContainerAsync();
        var blob = container.GetBlobClient("dir/sub dir/file 1.txt");

        var uploaded = await blob.UploadAsync(BinaryData.FromBytes(Hello), options: new BlobUploadOptions
        {
            ContentType = "text/plain",
            Metadata = new Dictionary<string, string> { ["origin"] = "test", ["zone"] = "ocean" },
        });
        var downloaded = (await blob.DownloadContentAsync()).Value;
        var properties = (await blob.GetPropertiesAsync()).Value;

        Assert.Equal(Hello, downloaded.Content.ToArray());
        Assert.Equal("text/plain", downloaded.Details.ContentType);
        Assert.Equal(uploaded.Value.ETag, properties.ETag);
        Assert.Equal(Hello.Length, properties.ContentLength);
        Assert.Equal("text/plain", properties.ContentType);
        Assert.Equal("ocean", properties.Metadata["zone"]);
        Assert.Equal("test", properties.Metadata["origin"]);
        Assert.True(properties.LastModified > DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    [Fact]
    public async Task UploadAsync_ExistingBlobWithoutOverwrite_Throws409AndKeepsContent()
    {
        var container = await StorageTestClients.CreateContainerAsync();
        var blob = container.GetBlobClient("b");
        await blob.UploadAsync(BinaryData.FromString("first"));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => blob.UploadAsync(BinaryData.FromString("second")));
        await blob.UploadAsync(BinaryData.FromString("third"), overwrite: true);

        Assert.Equal(409, error.Status);
        Assert.Equal("BlobAlreadyExists", error.ErrorCode);
        Assert.Equal("third", (await blob.DownloadContentAsync()).Value.Content.ToString());
    }

    [Fact]
    public async Task DownloadStreamingAsync_Ranges_ReturnOnlyRequestedBytes()
    {
        var container = await StorageTestClients.CreateContainerAsync();
        var blob = container.GetBlobClient("r");
        var content = Enumerable.Range(0, 1000).Select(i => (byte)i).ToArray();
        await blob.UploadAsync(BinaryData.FromBytes(content));

        var middle = await ReadAsync(blob, new HttpRange(100, 50));
        var tail = await ReadAsync(blob, new HttpRange(990));
        var whole = await ReadAsync(blob, default);

        Assert.Equal(content[100..150], middle.Bytes);
        Assert.Equal("bytes 100-149/1000", middle.Details.ContentRange);
        Assert.Equal(50, middle.Details.ContentLength);
        Assert.Equal(content[990..], tail.Bytes);
        Assert.Equal(content, whole.Bytes);
        Assert.Null(whole.Details.ContentRange);
    }

    [Fact]
    public async Task DownloadStreamingAsync_MissingBlob_Throws404WithErrorCode()
    {
        var container = await StorageTestClients.CreateContainerAsync();

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => container.GetBlobClient("missing").DownloadStreamingAsync());

        Assert.Equal(404, error.Status);
        Assert.Equal("BlobNotFound", error.ErrorCode);
    }

    [Fact]
    public async Task GetPropertiesAsync_MissingBlob_Throws404()
    {
        var container = await StorageTestClients.CreateContainerAsync();

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => container.GetBlobClient("missing").GetPropertiesAsync());

        Assert.Equal(404, error.Status);
    }

    [Fact]
    public async Task ExistsAndDelete_BlobLifecycle_ReportEachState()
    {
        var container = await StorageTestClients.CreateContainerAsync();
        var blob = container.GetBlobClient("d");
        await blob.UploadAsync(BinaryData.FromString("x"));

        var existedBefore = (await blob.ExistsAsync()).Value;
        await blob.DeleteAsync();
        var existedAfter = (await blob.ExistsAsync()).Value;
        var deletedAgain = (await blob.DeleteIfExistsAsync()).Value;
        var error = await Assert.ThrowsAsync<RequestFailedException>(() => blob.DeleteAsync());

        Assert.True(existedBefore);
        Assert.False(existedAfter);
        Assert.False(deletedAgain);
        Assert.Equal(404, error.Status);
    }

    [Fact]
    public async Task UploadAsync_AboveThreshold_StagesBlocksAndCommitsThem()
    {
        var service = new BlobServiceClient(TestStorage.ConnectionString, new BlobClientOptions { SingleUploadThresholdBytes = 1024, BlockSizeBytes = 1000 });
        var container = await StorageTestClients.CreateContainerAsync(service);
        var content = new byte[3500];
        new Random(42).NextBytes(content);

        var fromStream = container.GetBlobClient("stream");
        var fromMemory = container.GetBlobClient("memory");
        await fromStream.UploadAsync(new NonSeekableStream(content), options: new BlobUploadOptions { ContentType = "application/x-test" });
        await fromMemory.UploadAsync(BinaryData.FromBytes(content));
        var exact = container.GetBlobClient("exact");
        await exact.UploadAsync(new NonSeekableStream(content[..1024]));

        Assert.Equal(content, (await fromStream.DownloadContentAsync()).Value.Content.ToArray());
        Assert.Equal("application/x-test", (await fromStream.GetPropertiesAsync()).Value.ContentType);
        Assert.Equal(content, (await fromMemory.DownloadContentAsync()).Value.Content.ToArray());
        Assert.Equal(content[..1024], (await exact.DownloadContentAsync()).Value.Content.ToArray());
    }

    [Fact]
    public async Task UploadAsync_BlocksOverExistingWithoutOverwrite_Throws409()
    {
        var service = new BlobServiceClient(TestStorage.ConnectionString, new BlobClientOptions { SingleUploadThresholdBytes = 10, BlockSizeBytes = 10 });
        var container = await StorageTestClients.CreateContainerAsync(service);
        var blob = container.GetBlobClient("b");
        await blob.UploadAsync(BinaryData.FromString("small"));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => blob.UploadAsync(BinaryData.FromBytes(new byte[25])));

        Assert.Equal(409, error.Status);
        Assert.Equal("small", (await blob.DownloadContentAsync()).Value.Content.ToString());
    }

    private static async Task<(byte[] Bytes, BlobDownloadDetails Details)> ReadAsync(BlobClient blob, HttpRange range)
    {
        using var result = (await blob.DownloadStreamingAsync(range)).Value;
        using var copy = new MemoryStream();
        await result.Content.CopyToAsync(copy);
        return (copy.ToArray(), result.Details);
    }
}
