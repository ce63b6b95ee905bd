using System.Net;
using System.Net.Http.Headers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json.Nodes;
using DataZones.Testing;
using DataZones.Zones.Ocean.Ingestion;
using DataZones.Zones.Ocean.Storage;
using DataZones.Zones.Ocean.Tests.Api;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static DataZones.Zones.Ocean.Tests.Api.OceanHttp;

namespace DataZones.Zones.Ocean.Tests.Ingestion;

/// <summary>Datasets whose files go straight to Blob Storage through write links, as a holder's blob tool would put them.</summary>
[Collection(OceanApiCollection.Name)]
public sealed class LinkedIngestionTests(OceanApiFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Sweeps whatever a test left awaiting its files, so the shared fixture's staging area ends empty.</summary>
    public async Task DisposeAsync() => await SweepAt(TimeSpan.FromDays(1)).RunAsync(CancellationToken.None);

    [Fact]
    public async Task RawFilesPutThroughTheirLinks_ThenCommitted_ArePublished_AndASecondCommitIsRefused()
    {
        var id = IngestionUpload.NewId();
        using var holder = fixture.Host.Client(fixture.OperatorKey);
        var links = await LinksAsync(holder, IngestionUpload.Header(id));
        var upload = links["uploads"]![0]!;
        Assert.Equal(("sst.f32", 360L), (upload["part"]!.GetValue<string>(), upload["bytes"]!.GetValue<long>()));
        Assert.Equal("awaitingUpload", links["ingestion"]!["status"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.Created, await PutAsync(links, upload, Bytes(IngestionUpload.Values())));
        var commit = await holder.PostAsync(CommitUrl(links), null);

        var job = await JsonAsync(commit, HttpStatusCode.Accepted);
        Assert.Equal("queued", job["status"]!.GetValue<string>());
        var done = await WaitAsync(holder, commit.Headers.Location!.ToString());
        Assert.Equal("succeeded", done["status"]!.GetValue<string>());
        using var consumer = await fixture.ClientAsync(elevated: true);
        var rows = await CsvRowsAsync(await consumer.GetAsync($"/zones/ocean/collections/{id}/cube?bbox=120.05,35.15,120.55,35.25&datetime=2025-02-02&f=CSV"));
        Assert.Equal(["121", "122", "123", "124", "125"], rows[1..].Select(r => r.Split(',')[3]));
        Assert.Empty(await fixture.KeysAsync(StagedIngestion.PrefixOf(job["id"]!.GetValue<string>())));
        await ProblemAsync(await holder.PostAsync(CommitUrl(links), null), HttpStatusCode.Conflict, "ocean-ingestion-not-awaiting-upload");
    }

    [Fact]
    public async Task Commit_WithAFileMissingOrOfTheWrongLength_Is400_AndTheIngestionWaitsForTheCorrectedFile()
    {
        var id = IngestionUpload.NewId();
        using var holder = fixture.Host.Client(fixture.OperatorKey);
        var links = await LinksAsync(holder, IngestionUpload.Header(id));
        var upload = links["uploads"]![0]!;

        var missing = await ProblemAsync(await holder.PostAsync(CommitUrl(links), null), HttpStatusCode.BadRequest, "ocean-invalid-ingestion");
        Assert.Equal("missing-file", missing["errors"]![0]!["rule"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Created, await PutAsync(links, upload, Bytes(new float[10])));
        var wrong = await ProblemAsync(await holder.PostAsync(CommitUrl(links), null), HttpStatusCode.BadRequest, "ocean-invalid-ingestion");
        Assert.Equal("wrong-length", wrong["errors"]![0]!["rule"]!.GetValue<string>());
        Assert.Equal("awaitingUpload", (await JsonAsync(await holder.GetAsync(IngestionUrl(links))))["status"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.Created, await PutAsync(links, upload, Bytes(IngestionUpload.Values())));
        var commit = await holder.PostAsync(CommitUrl(links), null);
        await JsonAsync(commit, HttpStatusCode.Accepted);
        Assert.Equal("succeeded", (await WaitAsync(holder, commit.Headers.Location!.ToString()))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task CsvPutThroughItsLink_IsReadOntoTheGridAtCommit_AndPublished()
    {
        var id = IngestionUpload.NewId();
        using var holder = fixture.Host.Client(fixture.OperatorKey);
        var links = await LinksAsync(holder, IngestionUpload.CsvHeader(id, "grid.csv"));
        var upload = links["uploads"]![0]!;
        Assert.Equal("grid.csv", upload["part"]!.GetValue<string>());
        Assert.Null(upload["bytes"]);

        Assert.Equal(HttpStatusCode.Created, await PutAsync(links, upload, Encoding.UTF8.GetBytes(IngestionUpload.Csv())));
        var commit = await holder.PostAsync(CommitUrl(links), null);

        await JsonAsync(commit, HttpStatusCode.Accepted);
        Assert.Equal("succeeded", (await WaitAsync(holder, commit.Headers.Location!.ToString()))["status"]!.GetValue<string>());
        using var consumer = await fixture.ClientAsync(elevated: true);
        var rows = await CsvRowsAsync(await consumer.GetAsync($"/zones/ocean/collections/{id}/cube?bbox=120.05,35.15,120.55,35.25&datetime=2025-02-02&f=CSV"));
        Assert.Equal(["121", "122", "123", "124", "125"], rows[1..].Select(r => r.Split(',')[3]));
    }

    [Fact]
    public async Task LinksForAnInvalidHeaderOrATakenId_AreRefusedAndClaimNothing()
    {
        using var holder = fixture.Host.Client(fixture.OperatorKey);
        var invalid = IngestionUpload.Header("Not An Id!");
        await ProblemAsync(await holder.PostAsync(LinksUrl, Json(invalid)), HttpStatusCode.BadRequest, "ocean-invalid-ingestion");

        var id = IngestionUpload.NewId();
        await LinksAsync(holder, IngestionUpload.Header(id));
        await ProblemAsync(await holder.PostAsync(LinksUrl, Json(IngestionUpload.Header(id))), HttpStatusCode.Conflict, "ocean-dataset-exists");
    }

    [Fact]
    public async Task AbandonedUpload_IsSweptWithItsFiles_AfterTheLinksLapse_AndItsIdIsFreeAgain()
    {
        var id = IngestionUpload.NewId();
        using var holder = fixture.Host.Client(fixture.OperatorKey);
        var links = await LinksAsync(holder, IngestionUpload.Header(id));
        Assert.Equal(HttpStatusCode.Created, await PutAsync(links, links["uploads"]![0]!, Bytes(IngestionUpload.Values())));
        var jobId = links["ingestion"]!["id"]!.GetValue<string>();
        await SweepAt(TimeSpan.FromMinutes(90)).RunAsync(CancellationToken.None);
        Assert.Equal("awaitingUpload", (await JsonAsync(await holder.GetAsync(IngestionUrl(links))))["status"]!.GetValue<string>());
        await SweepAt(TimeSpan.FromHours(2.5)).RunAsync(CancellationToken.None);

        var swept = await JsonAsync(await holder.GetAsync(IngestionUrl(links)));
        Assert.Equal("failed", swept["status"]!.GetValue<string>());
        Assert.Contains("not committed", swept["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(await fixture.KeysAsync(StagedIngestion.PrefixOf(jobId)));
        await LinksAsync(holder, IngestionUpload.Header(id));
    }

    [Fact]
    public async Task Uploads_OfTheWrongMediaType_Are415Problems()
    {
        using var holder = fixture.Host.Client(fixture.OperatorKey);
        var header = IngestionUpload.Header(IngestionUpload.NewId()).ToJsonString();

        await ProblemAsync(await holder.PostAsync("/zones/ocean/ingestions", new StringContent(header, Encoding.UTF8, "application/json")),
            HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
        await ProblemAsync(await holder.PostAsync(LinksUrl, new StringContent(header, Encoding.UTF8, "text/plain")),
            HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
    }

    [Fact]
    public async Task BodyUpload_AboveTheBodyLimit_IsRefusedWithAPointerToWriteLinks()
    {
        await using var host = await MarketplaceTestHost.StartAsync(
            (services, config) => services.AddOceanZone(config), endpoints => endpoints.MapOceanZone(),
            new Dictionary<string, string?> { ["Ocean:IngestionBodyBytesMax"] = "1000" });
        using var holder = host.Client(await host.OperatorKeyAsync());
        using var content = IngestionUpload.Content(IngestionUpload.Header(IngestionUpload.NewId()), ("sst.f32", new float[300_000]));

        var problem = await ProblemAsync(await holder.PostAsync("/zones/ocean/ingestions", content), HttpStatusCode.RequestEntityTooLarge, "payload-too-large");

        Assert.Contains("/zones/ocean/ingestions/links", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    /// <summary>The sweep as it would run <paramref name="later"/> from now (the shared fixture's clock stays put).</summary>
    private UploadSweepJob SweepAt(TimeSpan later)
    {
        var services = fixture.Host.Services;
        return new(services.GetRequiredService<IngestionJobStore>(), services.GetRequiredService<OceanContainers>(),
            new ManualClock(fixture.Host.Clock.GetUtcNow() + later), services.GetRequiredService<IOptions<OceanOptions>>());
    }

    private const string LinksUrl = "/zones/ocean/ingestions/links";

    private static StringContent Json(JsonObject header) => new(header.ToJsonString(), Encoding.UTF8, "application/json");

    private static async Task<JsonNode> LinksAsync(HttpClient client, JsonObject header) =>
        await JsonAsync(await client.PostAsync(LinksUrl, Json(header)), HttpStatusCode.Created);

    private static Uri CommitUrl(JsonNode links) => new(links["commitUrl"]!.GetValue<string>(), UriKind.Relative);

    private static string IngestionUrl(JsonNode links) => "/zones/ocean/ingestions/" + links["ingestion"]!["id"]!.GetValue<string>();

    private static byte[] Bytes(float[] values) => MemoryMarshal.AsBytes(values.AsSpan()).ToArray();

    /// <summary>A single-request upload, as curl would send it: a plain PUT to the link with the headers the answer lists.</summary>
    private static async Task<HttpStatusCode> PutAsync(JsonNode links, JsonNode upload, byte[] body)
    {
        using var blobTool = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Put, upload["uploadUrl"]!.GetValue<string>()) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        foreach (var (name, value) in links["uploadHeaders"]!.AsObject()) request.Headers.Add(name, value!.GetValue<string>());
        return (await blobTool.SendAsync(request)).StatusCode;
    }
}
