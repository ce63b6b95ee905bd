using System.Net;
using System.Web;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using Azure.Storage.Sas;
using DataZones.Marketplace.Persistence;
using DataZones.Testing;

namespace DataZones.Marketplace.Tests.Persistence;

/// <summary>
/// The token-credential path end to end: clients with no account key (as under a managed identity) against an
/// Azurite that takes OAuth tokens, so links are user-delegation SAS signed with a key the service issued.
/// </summary>
public sealed class UserDelegationLinksTests : IAsyncLifetime, IDisposable
{
    // The run's certificate is self-signed; only this test's own clients accept it.
    private readonly HttpClient http = new(new SocketsHttpHandler { SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true } });
    private BlobServiceClient service = null!;
    private BlobContainerClient container = null!;

    public async Task InitializeAsync()
    {
        service = new BlobServiceClient(TestStorage.OAuthBlobEndpoint, new AzuriteTokenCredential(), new BlobClientOptions { Transport = new HttpClientTransport(http) });
        container = service.GetBlobContainerClient(TestStorage.UniqueName("udk"));
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient("group/a.txt").UploadAsync(BinaryData.FromString("alpha"));
    }

    public async Task DisposeAsync() => await container.DeleteIfExistsAsync();

    public void Dispose() => http.Dispose();

    [Fact]
    public async Task ContainerLink_UnderATokenCredential_IsAUserDelegationSasThatReadsAndLists()
    {
        Assert.False(container.CanGenerateSasUri);

        var link = await new BlobLinks(service, TimeProvider.System).ContainerAsync(
            container, BlobContainerSasPermissions.Read | BlobContainerSasPermissions.List, DateTimeOffset.UtcNow.AddHours(1), default);

        Assert.Equal(AzuriteTokenCredential.ObjectId.ToString(), HttpUtility.ParseQueryString(link.Query)["skoid"]);
        Assert.Equal("alpha", await http.GetStringAsync(new UriBuilder(link) { Path = link.AbsolutePath + "/group/a.txt" }.Uri));
        Assert.Contains("<Name>group/a.txt</Name>", await http.GetStringAsync(link + "&restype=container&comp=list"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BlobWriteLink_UnderATokenCredential_UploadsAndATamperedOneIsRefused()
    {
        var links = new BlobLinks(service, TimeProvider.System);
        var target = container.GetBlobClient("uploads/data.csv");
        var link = await links.BlobAsync(target, BlobSasPermissions.Create | BlobSasPermissions.Write, DateTimeOffset.UtcNow.AddMinutes(10), default);

        Assert.Equal(HttpStatusCode.Created, (await http.SendAsync(Put(link))).StatusCode);
        Assert.Equal("payload", (await target.DownloadContentAsync()).Value.Content.ToString());
        var widened = new Uri(link.AbsoluteUri.Replace("sp=cw", "sp=rcwd", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, (await http.SendAsync(Put(widened))).StatusCode);
    }

    [Fact]
    public async Task WriteLink_ThatHasLapsed_IsRefusedByTheService_AndWriteAsyncIssuesOneForTheConfiguredMinutes()
    {
        var links = new BlobLinks(service, TimeProvider.System);
        var target = container.GetBlobClient("uploads/late.csv");
        var lapsed = await links.BlobAsync(target, BlobSasPermissions.Create | BlobSasPermissions.Write, DateTimeOffset.UtcNow.AddSeconds(-30), default);

        Assert.Equal(HttpStatusCode.Forbidden, (await http.SendAsync(Put(lapsed))).StatusCode);
        Assert.False((await target.ExistsAsync()).Value);
        var issued = await links.WriteAsync(target, 60, default);
        Assert.InRange(issued.ExpiresAt - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(59), TimeSpan.FromMinutes(60));
        Assert.Equal(HttpStatusCode.Created, (await http.SendAsync(Put(issued.Url))).StatusCode);
    }

    private static HttpRequestMessage Put(Uri uri) => new(HttpMethod.Put, uri)
    {
        Content = new StringContent("payload"),
        Headers = { { "x-ms-blob-type", "BlockBlob" } },
    };
}
