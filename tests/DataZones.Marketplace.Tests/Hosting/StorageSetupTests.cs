using Azure.Data.Tables;
using Azure.Storage.Blobs;
using DataZones.Marketplace.Hosting;
using DataZones.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Marketplace.Tests.Hosting;

public sealed class StorageSetupTests
{
    [Fact]
    public async Task ConnectionString_RegistersSdkClientsThatReachAzurite()
    {
        using var services = Build(new() { ["Storage:ConnectionString"] = TestStorage.ConnectionString });

        var tables = services.GetRequiredService<TableServiceClient>();
        var table = tables.GetTableClient(TestStorage.UniqueName("setup"));
        await table.CreateIfNotExistsAsync();
        await table.DeleteAsync();
        Assert.True(services.GetRequiredService<BlobServiceClient>().CanGenerateAccountSasUri);
    }

    [Fact]
    public void ServiceUris_RegisterTokenClientsWithoutAnAccountKey()
    {
        using var services = Build(new()
        {
            ["Storage:TableServiceUri"] = "https://acct.table.core.windows.net/",
            ["Storage:BlobServiceUri"] = "https://acct.blob.core.windows.net/",
        });

        Assert.Equal("acct", services.GetRequiredService<TableServiceClient>().AccountName);
        var blobs = services.GetRequiredService<BlobServiceClient>();
        Assert.Equal("acct", blobs.AccountName);
        Assert.False(blobs.CanGenerateAccountSasUri);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("https://acct.table.core.windows.net/", null)]
    [InlineData("http://acct.table.core.windows.net/", "http://acct.blob.core.windows.net/")]
    public void IncompleteOrPlainHttpSettings_FailAtStartup(string? tableUri, string? blobUri)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new()
        {
            ["Storage:TableServiceUri"] = tableUri, ["Storage:BlobServiceUri"] = blobUri,
        }));
        Assert.Contains("Storage:", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddPlatformStorage(configuration).BuildServiceProvider();
    }
}
