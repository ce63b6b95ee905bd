using System.Net;
using System.Text.Json.Nodes;
using DataZones.Marketplace.Scheduling;
using DataZones.Zones.Finance.Jobs;
using DataZones.Zones.Finance.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Zones.Finance.Tests.Jobs;

/// <summary>Files that go straight to Blob Storage through a write link, as a holder's blob tool would put them.</summary>
public sealed class LinkedUploadTests
{
    private const string TaxFile = "credit_code,year,rating\n" + FinanceTestData.CreditCode + ",2024,B\n";

    [Fact]
    public async Task WriteLink_FilePutThere_ThenCommitted_IsLoaded()
    {
        await using var host = await FinanceHost.StartAsync();
        using var client = host.Client(host.OperatorKey);
        var link = await LinkAsync(client);

        using var blobTool = new HttpClient();
        Assert.Equal(HttpStatusCode.Created, (await blobTool.SendAsync(Put(link, TaxFile))).StatusCode);
        var commit = await client.PostAsync(new Uri(link["commitUrl"]!.GetValue<string>(), UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Accepted, commit.StatusCode);
        var job = await FinanceHost.WaitAsync(client, link["ingestion"]!["id"]!.GetValue<string>());
        Assert.Equal(("succeeded", 1L), (job["state"]!.GetValue<string>(), job["loaded"]!.GetValue<long>()));
        var again = await client.PostAsync(new Uri(link["commitUrl"]!.GetValue<string>(), UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Commit_BeforeTheFileIsThere_IsRefusedAndTheIngestionStillWaits()
    {
        await using var host = await FinanceHost.StartAsync();
        using var client = host.Client(host.OperatorKey);
        var link = await LinkAsync(client);

        var early = await client.PostAsync(new Uri(link["commitUrl"]!.GetValue<string>(), UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        var job = JsonNode.Parse(await client.GetStringAsync(new Uri($"/zones/finance/ingestions/{link["ingestion"]!["id"]}", UriKind.Relative)))!;
        Assert.Equal("awaiting-upload", job["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task AbandonedUpload_IsSweptWithItsFile_AfterTheLinkLapses()
    {
        await using var host = await FinanceHost.StartAsync();
        using var client = host.Client(host.OperatorKey);
        var link = await LinkAsync(client);
        using var blobTool = new HttpClient();
        Assert.Equal(HttpStatusCode.Created, (await blobTool.SendAsync(Put(link, TaxFile))).StatusCode);
        var id = link["ingestion"]!["id"]!.GetValue<string>();
        var sweep = host.Services.GetServices<IScheduledJob>().Single(j => j is UploadSweepJob);

        await sweep.RunAsync(CancellationToken.None);
        Assert.Equal("awaiting-upload", (await StateAsync(client, id)));
        host.Host.Clock.Advance(TimeSpan.FromHours(2.5));
        await sweep.RunAsync(CancellationToken.None);

        Assert.Equal("failed", await StateAsync(client, id));
        var blob = await host.Services.GetRequiredService<IngestionUploads>().BlobAsync((await host.Services.GetRequiredService<IngestionJobStore>().FindAsync(id, CancellationToken.None))!.BlobName, CancellationToken.None);
        Assert.False((await blob.ExistsAsync()).Value);
    }

    private static async Task<JsonNode> LinkAsync(HttpClient client)
    {
        var response = await client.PostAsync(new Uri("/zones/finance/ingestions/links?source=tax-rating&format=csv", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static async Task<string> StateAsync(HttpClient client, string id) =>
        JsonNode.Parse(await client.GetStringAsync(new Uri($"/zones/finance/ingestions/{id}", UriKind.Relative)))!["state"]!.GetValue<string>();

    private static HttpRequestMessage Put(JsonNode link, string content)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, link["uploadUrl"]!.GetValue<string>()) { Content = new StringContent(content) };
        foreach (var (name, value) in link["uploadHeaders"]!.AsObject()) request.Headers.Add(name, value!.GetValue<string>());
        return request;
    }
}
