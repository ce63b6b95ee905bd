using System.Net;
using System.Web;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Sas;
using DataZones.Marketplace.Persistence;
using DataZones.Testing;

namespace DataZones.Marketplace.Tests.Persistence;

public sealed class BlobLinksTests : IAsyncLifetime
{
    private readonly BlobServiceClient service = new(TestStorage.ConnectionString);
    private BlobContainerClient container = null!;

    public async Task InitializeAsync()
    {
        container = service.GetBlobContainerClient(TestStorage.UniqueName("links"));
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient("group/a.txt").UploadAsync(BinaryData.FromString("alpha"));
    }

    public async Task DisposeAsync() => await container.DeleteIfExistsAsync();

    [Fact]
    public async Task ContainerLink_AccountKey_ReadsAndListsButDoesNotWrite()
    {
        var link = await Links().ContainerAsync(container, BlobContainerSasPermissions.Read | BlobContainerSasPermissions.List, DateTimeOffset.UtcNow.AddHours(1), default);
        using var http = new HttpClient();

        Assert.Equal("alpha", await http.GetStringAsync(Under(link, "group/a.txt")));
        var listing = await http.GetStringAsync(link + "&restype=container&comp=list");
        Assert.Contains("<Name>group/a.txt</Name>", listing, StringComparison.Ordinal);
        var write = await http.SendAsync(PutBlock(Under(link, "group/b.txt")));
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
    }

    [Fact]
    public async Task BlobWriteLink_AccountKey_UploadsThatBlobOnly()
    {
        var target = container.GetBlobClient("uploads/data.csv");
        var link = await Links().BlobAsync(target, BlobSasPermissions.Create | BlobSasPermissions.Write, DateTimeOffset.UtcNow.AddMinutes(10), default);
        using var http = new HttpClient();

        Assert.Equal(HttpStatusCode.Created, (await http.SendAsync(PutBlock(link))).StatusCode);
        Assert.Equal("payload", (await target.DownloadContentAsync()).Value.Content.ToString());
        var elsewhere = new UriBuilder(link) { Path = link.AbsolutePath.Replace("data.csv", "other.csv", StringComparison.Ordinal) }.Uri;
        Assert.Equal(HttpStatusCode.Forbidden, (await http.SendAsync(PutBlock(elsewhere))).StatusCode);
    }

    [Fact]
    public async Task BlobLink_Expired_IsRefused()
    {
        var target = container.GetBlobClient("group/a.txt");
        var link = await Links().BlobAsync(target, BlobSasPermissions.Read, DateTimeOffset.UtcNow.AddMinutes(-1), default);
        using var http = new HttpClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync(link)).StatusCode);
    }

    [Fact]
    public void DelegationSas_CarriesTheKeyIdentityAndNoAccountKeySignatureFields()
    {
        var key = BlobsModelFactory.UserDelegationKey(
            "11111111-1111-1111-1111-111111111111", "22222222-2222-2222-2222-222222222222",
            DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1), "b", "2025-01-05", Convert.ToBase64String(new byte[32]));
        var builder = new BlobSasBuilder(BlobSasPermissions.Create | BlobSasPermissions.Write, DateTimeOffset.UtcNow.AddMinutes(10))
        {
            BlobContainerName = "uploads", BlobName = "job/data.csv", Resource = "b",
        };

        var link = BlobLinks.WithDelegationSas(new Uri("https://acct.blob.core.windows.net/uploads/job/data.csv"), builder, key, "acct");

        var query = HttpUtility.ParseQueryString(link.Query);
        Assert.Equal("11111111-1111-1111-1111-111111111111", query["skoid"]);
        Assert.Equal("22222222-2222-2222-2222-222222222222", query["sktid"]);
        Assert.Equal("b", query["sr"]);
        Assert.Equal("cw", query["sp"]);
        Assert.False(string.IsNullOrEmpty(query["sig"]));
        Assert.Equal("/uploads/job/data.csv", link.AbsolutePath);
    }

    private BlobLinks Links() => new(service, TimeProvider.System);

    private static Uri Under(Uri containerLink, string blobName) =>
        new UriBuilder(containerLink) { Path = containerLink.AbsolutePath.TrimEnd('/') + "/" + blobName }.Uri;

    private static HttpRequestMessage PutBlock(Uri uri) => new(HttpMethod.Put, uri)
    {
        Content = new StringContent("payload"),
        Headers = { { "x-ms-blob-type", "BlockBlob" } },
    };
}
