using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Azure.Storage;
using Azure.Storage.Queues;
using DataZones.Marketplace.Jobs;
using DataZones.Marketplace.Persistence;
using DataZones.Testing;
using DataZones.Zones.Ocean.Ingestion;
using DataZones.Zones.Ocean.Storage;
using DataZones.Zones.Ocean.Tests.Api;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static DataZones.Zones.Ocean.Tests.Api.OceanHttp;

namespace DataZones.Zones.Ocean.Tests.Ingestion;

[Collection(OceanApiCollection.Name)]
public sealed class IngestionApiTests(OceanApiFixture fixture)
{
    [Fact]
    public async Task Upload_ValidDataset_IsPublishedAndItsRestrictedEdgeMaskedForConsumersWithoutElevatedGrade()
    {
        var id = IngestionUpload.NewId();
        using var holder = fixture.Host.Client(fixture.OperatorKey);

        var response = await holder.PostAsync("/zones/ocean/ingestions", IngestionUpload.Content(IngestionUpload.Header(id), ("sst.f32", IngestionUpload.Values())));

        var job = await JsonAsync(response, HttpStatusCode.Accepted);
        Assert.Equal(3, job["timeStepCount"]!.GetValue<int>());
        var done = await WaitAsync(holder, response.Headers.Location!.ToString());
        Assert.Equal("succeeded", done["status"]!.GetValue<string>());
        Assert.Equal(3, done["timeStepsWritten"]!.GetValue<int>());
        // Row y = 2 from x = 1 to 5: x = 2 and 4 lie on the restricted square's edges, x = 3 inside.
        var cube = $"/zones/ocean/collections/{id}/cube?bbox=120.05,35.15,120.55,35.25&datetime=2025-02-02&f=CSV";
        using var plain = await fixture.ClientAsync(elevated: false);
        using var elevated = await fixture.ClientAsync(elevated: true);
        Assert.Equal(["121", "", "", "", "125"], (await CsvRowsAsync(await plain.GetAsync(cube)))[1..].Select(r => r.Split(',')[3]));
        Assert.Equal(["121", "122", "123", "124", "125"], (await CsvRowsAsync(await elevated.GetAsync(cube)))[1..].Select(r => r.Split(',')[3]));
        Assert.Empty(await fixture.KeysAsync(OceanStores.UploadsPrefix));
    }

    [Fact]
    public async Task Upload_FileOfWrongLength_Is400WithExpectedLengthAndLeavesNothing()
    {
        var id = IngestionUpload.NewId();
        using var holder = fixture.Host.Client(fixture.OperatorKey);

        var response = await holder.PostAsync("/zones/ocean/ingestions", IngestionUpload.Content(IngestionUpload.Header(id), ("sst.f32", new float[10])));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest, "ocean-invalid-ingestion");
        var error = problem["errors"]![0]!;
        Assert.Equal("wrong-length", error["rule"]!.GetValue<string>());
        Assert.Contains("= 360", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(await fixture.KeysAsync(OceanStores.UploadsPrefix));
        Assert.Empty(await fixture.KeysAsync(OceanStores.GroupPath(id)));
    }

    [Fact]
    public async Task Upload_InfiniteValueInLastBlock_FailsWithReasonAndPublishesNothing()
    {
        var id = IngestionUpload.NewId();
        var values = IngestionUpload.Values();
        values[^1] = float.PositiveInfinity;
        using var holder = fixture.Host.Client(fixture.OperatorKey);

        var response = await holder.PostAsync("/zones/ocean/ingestions", IngestionUpload.Content(IngestionUpload.Header(id), ("sst.f32", values)));

        await JsonAsync(response, HttpStatusCode.Accepted);
        var done = await WaitAsync(holder, response.Headers.Location!.ToString());
        Assert.Equal("failed", done["status"]!.GetValue<string>());
        Assert.StartsWith("infinite-value: 'sst.f32' holds an infinite value at time step 2", done["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Host.Client().GetAsync("/zones/ocean/collections/" + id)).StatusCode);
        Assert.Empty(await fixture.KeysAsync(OceanStores.GroupPath(id) + "/"));
        Assert.Empty(await fixture.KeysAsync(OceanStores.UploadsPrefix));
    }

    [Fact]
    public async Task Upload_BadHeader_Is400ListingEveryProblem()
    {
        var header = IngestionUpload.Header("Bad Id");
        header["latitudes"]!["start"] = 89.9;
        header["parameters"]![0]!["name"] = "sea_ice_thickness";
        using var holder = fixture.Host.Client(fixture.OperatorKey);

        var response = await holder.PostAsync("/zones/ocean/ingestions", IngestionUpload.Content(header, ("sst.f32", IngestionUpload.Values())));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest, "ocean-invalid-ingestion");
        Assert.Equal(["invalid-id", "out-of-range", "unknown-parameter"], problem["errors"]!.AsArray().Select(e => e!["rule"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task Upload_IdOfPublishedDataset_Is409()
    {
        using var holder = fixture.Host.Client(fixture.OperatorKey);

        var response = await holder.PostAsync("/zones/ocean/ingestions", IngestionUpload.Content(IngestionUpload.Header(TestDataset.Id), ("sst.f32", IngestionUpload.Values())));

        await ProblemAsync(response, HttpStatusCode.Conflict, "ocean-dataset-exists");
    }

    [Fact]
    public async Task Upload_ByConsumer_Is403()
    {
        using var consumer = await fixture.ClientAsync();

        var response = await consumer.PostAsync("/zones/ocean/ingestions", IngestionUpload.Content(IngestionUpload.Header(IngestionUpload.NewId()), ("sst.f32", IngestionUpload.Values())));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Upload_Csv_IsPublishedWithTheSameValuesAsTheRawForm()
    {
        var id = IngestionUpload.NewId();
        using var holder = fixture.Host.Client(fixture.OperatorKey);

        var response = await holder.PostAsync("/zones/ocean/ingestions", IngestionUpload.CsvContent(IngestionUpload.CsvHeader(id), "values.csv", IngestionUpload.Csv()));

        await JsonAsync(response, HttpStatusCode.Accepted);
        var done = await WaitAsync(holder, response.Headers.Location!.ToString());
        Assert.Equal("succeeded", done["status"]!.GetValue<string>());
        using var elevated = await fixture.ClientAsync(elevated: true);
        var rows = await CsvRowsAsync(await elevated.GetAsync($"/zones/ocean/collections/{id}/cube?bbox=119,34,121,36&datetime=2025-02-03&f=CSV"));
        Assert.Equal(IngestionUpload.Latitudes * IngestionUpload.Longitudes, rows.Length - 1);
        Assert.Equal(Enumerable.Range(0, 30).Select(i => IngestionUpload.Value(2, i / 6, i % 6).ToString(CultureInfo.InvariantCulture)), rows[1..].Select(r => r.Split(',')[3]));
        Assert.Empty(await fixture.KeysAsync(OceanStores.UploadsPrefix));
    }

    [Fact]
    public async Task Upload_CsvWithBadRows_Is400NamingEachLineAndLeavesNothing()
    {
        var id = IngestionUpload.NewId();
        var lines = IngestionUpload.Csv().Split('\n').ToList();
        lines[3] = "120.05,2025-02-03T00:00:00Z,35,1";   // between two columns
        lines[4] = lines[5];                             // the same cell twice
        lines[6] = "120.5,2025-02-03T00:00:00Z,35,warm";
        using var holder = fixture.Host.Client(fixture.OperatorKey);

        var response = await holder.PostAsync("/zones/ocean/ingestions", IngestionUpload.CsvContent(IngestionUpload.CsvHeader(id), "values.csv", string.Join('\n', lines)));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest, "ocean-invalid-ingestion");
        var errors = problem["errors"]!.AsArray().Select(e => (Rule: e!["rule"]!.GetValue<string>(), Message: e["message"]!.GetValue<string>())).ToList();
        Assert.Equal(["not-on-grid", "duplicate-row", "not-a-number"], errors.Select(e => e.Rule));
        Assert.StartsWith("Line 4: longitude '120.05' is not a cell centre of the header's longitudes (120 to 120.5 by 0.1)", errors[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("Line 6:", errors[1].Message, StringComparison.Ordinal);
        Assert.Equal("Line 7: 'warm' in column sea_surface_temperature is not a number.", errors[2].Message);
        Assert.Empty(await fixture.KeysAsync(OceanStores.UploadsPrefix));
        Assert.Empty(await fixture.KeysAsync(OceanStores.GroupPath(id)));
        // The id was released: the corrected upload is accepted.
        await JsonAsync(await holder.PostAsync("/zones/ocean/ingestions", IngestionUpload.CsvContent(IngestionUpload.CsvHeader(id), "values.csv", IngestionUpload.Csv())), HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task Upload_CsvHeaderWithParameterFiles_Is400()
    {
        var header = IngestionUpload.CsvHeader(IngestionUpload.NewId());
        header["parameters"]![0]!["file"] = "sst.f32";
        using var holder = fixture.Host.Client(fixture.OperatorKey);

        var response = await holder.PostAsync("/zones/ocean/ingestions", IngestionUpload.CsvContent(header, "values.csv", IngestionUpload.Csv()));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest, "ocean-invalid-ingestion");
        Assert.Equal("parameters[0].file", problem["errors"]![0]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Upload_CsvPartMissing_Is400()
    {
        using var holder = fixture.Host.Client(fixture.OperatorKey);

        var response = await holder.PostAsync("/zones/ocean/ingestions", IngestionUpload.CsvContent(IngestionUpload.CsvHeader(IngestionUpload.NewId()), "other.csv", IngestionUpload.Csv()));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest, "ocean-invalid-ingestion");
        Assert.Equal("unexpected-file", problem["errors"]![0]!["rule"]!.GetValue<string>());
        Assert.Empty(await fixture.KeysAsync(OceanStores.UploadsPrefix));
    }

    [Fact]
    public async Task Upload_FileLongerThanTheGrid_IsStoppedAt400AndLeavesNothing()
    {
        var id = IngestionUpload.NewId();
        using var holder = fixture.Host.Client(fixture.OperatorKey);

        var response = await holder.PostAsync("/zones/ocean/ingestions", IngestionUpload.Content(IngestionUpload.Header(id), ("sst.f32", new float[10_000])));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest, "ocean-invalid-ingestion");
        Assert.StartsWith("'sst.f32' holds more than 360 bytes;", problem["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(await fixture.KeysAsync(OceanStores.UploadsPrefix));
    }

    [Fact]
    public async Task Upload_DeclaredLengthBeyondTheLimit_Is413BeforeAnythingIsRead()
    {
        var id = IngestionUpload.NewId();
        using var holder = fixture.Host.Client(fixture.OperatorKey);
        using var content = IngestionUpload.Content(IngestionUpload.Header(id), ("sst.f32", new float[(OceanApiFixture.IngestionBytesMax + 2 * 1024 * 1024) / sizeof(float)]));

        var response = await holder.PostAsync("/zones/ocean/ingestions", content);

        var problem = await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "payload-too-large");
        Assert.Contains("through write links", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await JsonAsync(await holder.PostAsync("/zones/ocean/ingestions", IngestionUpload.Content(IngestionUpload.Header(id), ("sst.f32", IngestionUpload.Values()))), HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task Upload_HeaderOverOneMegabyte_Is400BeforeAnythingIsClaimed()
    {
        var header = IngestionUpload.Header(IngestionUpload.NewId());
        header["summary"] = new string('s', 1024 * 1024);
        using var holder = fixture.Host.Client(fixture.OperatorKey);

        var response = await holder.PostAsync("/zones/ocean/ingestions", IngestionUpload.Content(header, ("sst.f32", IngestionUpload.Values())));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest, "ocean-invalid-ingestion");
        Assert.Equal(("header", "too-large"), (problem["errors"]![0]!["field"]!.GetValue<string>(), problem["errors"]![0]!["rule"]!.GetValue<string>()));
        Assert.Empty(await fixture.KeysAsync(OceanStores.UploadsPrefix));
    }

    [Fact]
    public async Task Upload_CsvBeyondTheByteLimit_Is400AndLeavesNothing()
    {
        var id = IngestionUpload.NewId();
        var blankLines = new string('\n', (int)OceanApiFixture.IngestionBytesMax + 1);
        using var holder = fixture.Host.Client(fixture.OperatorKey);

        var response = await holder.PostAsync("/zones/ocean/ingestions", IngestionUpload.CsvContent(IngestionUpload.CsvHeader(id), "values.csv", IngestionUpload.Csv() + blankLines));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest, "ocean-invalid-ingestion");
        Assert.Equal("too-large", problem["errors"]![0]!["rule"]!.GetValue<string>());
        Assert.Empty(await fixture.KeysAsync(OceanStores.UploadsPrefix));
    }

    [Fact]
    public async Task Submit_JobQueueUnreachable_RecordsTheJobFailedAndKeepsNothing()
    {
        // A job queue on a port nothing listens on, tried once: the submission cannot be queued.
        var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        var account = TestStorage.Account;
        var queues = new QueueServiceClient(new Uri($"http://127.0.0.1:{port}/{account.AccountName}"), new StorageSharedKeyCredential(account.AccountName, account.AccountKey),
            new QueueClientOptions { Retry = { MaxRetries = 0 } });
        var services = fixture.Host.Services;
        var submitter = new JobSubmitter(services.GetRequiredService<JobStore>(),
            new JobQueue(queues, services.GetRequiredService<IOptions<PersistenceOptions>>(), services.GetRequiredService<IOptions<JobOptions>>()), new JobArrivals(), TimeProvider.System);
        var service = ActivatorUtilities.CreateInstance<IngestionService>(services, submitter);
        var begun = await service.BeginAsync(System.Text.Encoding.UTF8.GetBytes(IngestionUpload.Header(IngestionUpload.NewId()).ToJsonString()), CancellationToken.None);
        var staged = begun.Staged!;
        Assert.Empty(await service.StageFileAsync(staged, "sst.f32", new MemoryStream(new byte[staged.Plan.BytesPerFile]), CancellationToken.None));

        var (job, problems) = await service.SubmitAsync(staged, "test", CancellationToken.None);
        await service.AbandonAsync(staged);

        Assert.Null(job);
        Assert.Empty(problems);
        var recorded = await service.FindAsync(staged.JobId, CancellationToken.None);
        Assert.Equal((IngestionJobStatus.Failed, "The conversion could not be queued; upload again later."), (recorded!.Status, recorded.Reason));
        Assert.Empty(await fixture.KeysAsync(OceanStores.UploadsPrefix + staged.JobId));
    }
}
