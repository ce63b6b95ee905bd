using System.Net.Http.Json;
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
            ["Storage:QueueServiceUri"] = "https://acct.queue.core.windows.net/",
        });

        Assert.Equal("acct", services.GetRequiredService<TableServiceClient>().AccountName);
        var blobs = services.GetRequiredService<BlobServiceClient>();
        Assert.Equal("acct", blobs.AccountName);
        Assert.False(blobs.CanGenerateAccountSasUri);
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("https://acct.table.core.windows.net/", "https://acct.blob.core.windows.net/", null)]
    [InlineData("http://acct.table.core.windows.net/", "https://acct.blob.core.windows.net/", "https://acct.queue.core.windows.net/")]
    public void IncompleteOrPlainHttpSettings_FailAtStartup(string? tableUri, string? blobUri, string? queueUri)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new()
        {
            ["Storage:TableServiceUri"] = tableUri, ["Storage:BlobServiceUri"] = blobUri, ["Storage:QueueServiceUri"] = queueUri,
        }));
        Assert.Contains("Storage:", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddPlatformStorage(configuration).BuildServiceProvider();
    }
}

public sealed class StorageLoggingTests
{
    [Fact]
    public async Task SdkRequestLogs_StayOutOfThePlatformLogs()
    {
        await using var host = await TestHosts.StartAsync();
        var (_, key, _) = await host.SubscribedConsumerAsync(await host.OperatorKeyAsync(), TestZone.EchoProduct, TestZone.PayPerUsePlanId);

        Assert.Equal(System.Net.HttpStatusCode.OK, (await host.Client(key).PostAsJsonAsync("/zones/test/echo", new { text = "hello" })).StatusCode);

        Assert.DoesNotContain(host.Logs.Lines, line => line.StartsWith("Azure", StringComparison.Ordinal) && !line.Contains("Warning", StringComparison.Ordinal) && !line.Contains("Error", StringComparison.Ordinal));
    }
}
