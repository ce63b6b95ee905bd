using System.Net;
using DataZones.Storage.Blobs;

namespace DataZones.Storage.Tests.Blobs;

public class BlobSasTests
{
    private static readonly HttpClient Plain = new();

    [Fact]
    public async Task GenerateSasUri_ReadOnBlob_PlainHttpClientDownloads()
    {
        var container = await StorageTestClients.CreateContainerAsync();
        var blob = container.GetBlobClient("exports/statement 1.csv");
        await blob.UploadAsync(BinaryData.FromString("a,b\n1,2\n"));

        var sas = blob.GenerateSasUri(BlobSasPermissions.Read, DateTimeOffset.UtcNow.AddMinutes(10));
        var body = await Plain.GetStringAsync(sas);

        Assert.Equal("a,b\n1,2\n", body);
        Assert.Contains("sr=b", sas.Query, StringComparison.Ordinal);
        Assert.Contains("sp=r", sas.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateSasUri_ReadListOnContainer_ListsAndReadsEveryBlob()
    {
        var container = await StorageTestClients.CreateContainerAsync();
        await container.GetBlobClient("zarr/.zgroup").UploadAsync(BinaryData.FromString("{}"));
        await container.GetBlobClient("zarr/t/0.0").UploadAsync(BinaryData.FromString("chunk"));

        var sas = container.GenerateSasUri(BlobContainerSasPermissions.Read | BlobContainerSasPermissions.List, DateTimeOffset.UtcNow.AddMinutes(10));
        var listing = await Plain.GetStringAsync(sas + "&comp=list");
        var chunk = await Plain.GetStringAsync(new UriBuilder(sas) { Path = sas.AbsolutePath + "/zarr/t/0.0", Query = sas.Query.Replace("restype=container&", "", StringComparison.Ordinal).TrimStart('?') }.Uri);

        Assert.Contains("<Name>zarr/t/0.0</Name>", listing, StringComparison.Ordinal);
        Assert.Equal("chunk", chunk);
    }

    [Fact]
    public async Task GenerateSasUri_Expired_IsRefused()
    {
        var container = await StorageTestClients.CreateContainerAsync();
        var blob = container.GetBlobClient("b");
        await blob.UploadAsync(BinaryData.FromString("secret"));

        var sas = blob.GenerateSasUri(BlobSasPermissions.Read, DateTimeOffset.UtcNow.AddMinutes(-1));
        using var response = await Plain.GetAsync(sas);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task GenerateSasUri_TamperedExpiryOrPermission_IsRefused()
    {
        var container = await StorageTestClients.CreateContainerAsync();
        var blob = container.GetBlobClient("b");
        await blob.UploadAsync(BinaryData.FromString("secret"));
        var sas = blob.GenerateSasUri(BlobSasPermissions.Read, DateTimeOffset.UtcNow.AddMinutes(10)).ToString();
        var later = DateTimeOffset.UtcNow.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var extended = System.Text.RegularExpressions.Regex.Replace(sas, @"se=\d{4}-\d{2}-\d{2}", "se=" + later);
        using var extendedResponse = await Plain.GetAsync(extended);
        using var writeResponse = await Plain.SendAsync(new HttpRequestMessage(HttpMethod.Delete, sas.Replace("sp=r", "sp=rd", StringComparison.Ordinal)));

        Assert.NotEqual(sas, extended);
        Assert.Equal(HttpStatusCode.Forbidden, extendedResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, writeResponse.StatusCode);
        Assert.True((await blob.ExistsAsync()).Value);
    }

    [Fact]
    public async Task GenerateSasUri_ReadOnly_RefusesDelete()
    {
        var container = await StorageTestClients.CreateContainerAsync();
        var blob = container.GetBlobClient("b");
        await blob.UploadAsync(BinaryData.FromString("keep"));

        var sas = blob.GenerateSasUri(BlobSasPermissions.Read, DateTimeOffset.UtcNow.AddMinutes(10));
        using var response = await Plain.SendAsync(new HttpRequestMessage(HttpMethod.Delete, sas));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True((await blob.ExistsAsync()).Value);
    }
}
