using DataZones.Marketplace.Ingestion;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DataZones.Zones.Finance.DemoData;
using DataZones.Zones.Finance.Ingestion;
using DataZones.Zones.Finance.Reference;
using DataZones.Zones.Finance.Storage;
using DataZones.Zones.Finance.Tests.Hosting;

namespace DataZones.Zones.Finance.Tests.Jobs;

public sealed class IngestionApiTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 16);

    [Theory]
    [InlineData(IngestionFormat.Csv, "csv")]
    [InlineData(IngestionFormat.JsonLines, "jsonl")]
    public async Task Ingest_SameFilesTwice_SecondRunChangesNothing(IngestionFormat format, string formatName)
    {
        // A small window, so that the load takes several windows and partitions span windows.
        await using var host = await FinanceHost.StartAsync(new Dictionary<string, string?> { ["Finance:LoadWindowRecords"] = "150" });
        var demo = new FinanceDemoData(5, AsOf, 40);
        var store = host.Service<FinanceReferenceStore>();
        var codes = Enumerable.Range(0, demo.EnterpriseCount).Select(demo.CreditCode).ToList();

        var first = new List<JsonObject>();
        foreach (var source in FinanceSources.All) first.Add(await host.IngestAsync(source, formatName, FinanceFiles.Demo(demo, source, format)));
        var afterFirst = await SnapshotAsync(store, codes);
        var second = new List<JsonObject>();
        foreach (var source in FinanceSources.All) second.Add(await host.IngestAsync(source, formatName, FinanceFiles.Demo(demo, source, format)));
        var afterSecond = await SnapshotAsync(store, codes);

        Assert.All(first.Concat(second), job =>
        {
            Assert.Equal("succeeded", job["state"]!.GetValue<string>());
            Assert.Equal(0, job["rejected"]!.GetValue<long>());
            Assert.Equal(job["linesRead"]!.GetValue<long>(), job["loaded"]!.GetValue<long>());
        });
        Assert.Equal(first.Sum(j => j["loaded"]!.GetValue<long>()), afterFirst.Count);
        Assert.Equal(afterFirst, afterSecond);
    }

    [Fact]
    public async Task Ingest_BadRows_AreReportedWithLineNumbersAndTheRestIsLoaded()
    {
        await using var host = await FinanceHost.StartAsync();
        var code = FinanceTestData.CreditCode;
        var file = FinanceFiles.Csv(
            "credit_code,year,rating",
            $"{code},2023,A",
            $"{code},20x4,B",
            "91370202MA3C12345C,2024,A",
            $"{code},2025,Q",
            $"{code},2024,B");

        var job = await host.IngestAsync(FinanceSource.TaxRating, "csv", file);

        Assert.Equal("succeeded", job["state"]!.GetValue<string>());
        Assert.Equal(5, job["linesRead"]!.GetValue<long>());
        Assert.Equal(2, job["loaded"]!.GetValue<long>());
        Assert.Equal(3, job["rejected"]!.GetValue<long>());
        var problems = job["problems"]!.AsArray().Select(p => (p!["lineNumber"]!.GetValue<int>(), p["field"]!.GetValue<string>(), p["code"]!.GetValue<string>()));
        Assert.Equal([(3, "year", "invalid-number"), (4, "credit_code", "wrong-check-character"), (5, "rating", "invalid-value")], problems);
        var rows = await host.Service<FinanceReferenceStore>().ReadPartitionAsync(code, CancellationToken.None);
        Assert.Equal(["tax-rating|2023", "tax-rating|2024"], rows.Select(r => r.RowKey).Order(StringComparer.Ordinal));
        Assert.Contains(host.Host.Logs.Lines, l => l.Contains($"Finance ingestion {job["id"]} (tax-rating) Succeeded: 5 lines read, 2 loaded, 3 rejected.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ingest_HeaderLacksAColumn_FailsWithTheReasonAndLoadsNothing()
    {
        await using var host = await FinanceHost.StartAsync();

        var job = await host.IngestAsync(FinanceSource.TaxRating, "csv", FinanceFiles.Csv("credit_code,year", $"{FinanceTestData.CreditCode},2023"));

        Assert.Equal("failed", job["state"]!.GetValue<string>());
        Assert.Equal("missing-column", job["problems"]![0]!["code"]!.GetValue<string>());
        Assert.Contains("column", job["failureReason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, job["loaded"]!.GetValue<long>());
    }

    [Fact]
    public async Task Ingest_RegistryFile_StoresOnlyTheIdentityNumbersHashAndDeletesTheUpload()
    {
        await using var host = await FinanceHost.StartAsync();

        var job = await host.IngestAsync(FinanceSource.EnterpriseRegistry, "csv", FinanceFiles.Csv(FinanceFiles.RegistryHeader, FinanceFiles.RegistryLine()));

        var row = Assert.Single(await host.Service<FinanceReferenceStore>().ReadPartitionAsync(FinanceTestData.CreditCode, CancellationToken.None));
        Assert.DoesNotContain(row, p => p.Value is string s && s.Contains(FinanceTestData.IdNumber, StringComparison.Ordinal));
        Assert.Equal(FinanceTestData.Hasher.HashToHex(FinanceTestData.IdNumber), row.GetString("LegalRepresentativeIdHash"));
        var blob = await host.Service<Finance.Jobs.IngestionUploads>().BlobAsync($"enterprise-registry/{job["id"]}.csv", CancellationToken.None);
        Assert.False((await blob.ExistsAsync()).Value);
        Assert.DoesNotContain(host.Host.Logs.Lines, l => l.Contains(FinanceTestData.IdNumber, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submit_BadSourceFormatSizeOrRole_IsRefusedWithAProblem()
    {
        await using var host = await FinanceHost.StartAsync(new Dictionary<string, string?> { ["Finance:UploadBytesMaximum"] = "64" });
        var taxHolder = await host.HolderKeyAsync("qingdao-tax");
        var (_, consumerKey) = await host.Host.NewConsumerAsync(host.OperatorKey);
        var small = new ByteArrayContent("credit_code,year,rating\r\n"u8.ToArray());
        var large = new ByteArrayContent(new byte[65]);
        using var holder = host.Client(taxHolder);
        using var consumer = host.Client(consumerKey);
        using var anonymous = host.Client(null);

        await AssertProblemAsync(await holder.PostAsync("/zones/finance/ingestions?source=tax&format=csv", small), 400, "invalid-ingestion-request");
        await AssertProblemAsync(await holder.PostAsync("/zones/finance/ingestions?source=tax-rating&format=xlsx", small), 400, "invalid-ingestion-request");
        await AssertProblemAsync(await holder.PostAsync("/zones/finance/ingestions?source=court-enforcement&format=csv", small), 403, "source-not-permitted");
        await AssertProblemAsync(await holder.PostAsync("/zones/finance/ingestions?source=tax-rating&format=csv", large), 413, "upload-too-large");
        await AssertProblemAsync(await consumer.PostAsync("/zones/finance/ingestions?source=tax-rating&format=csv", small), 403, "forbidden");
        await AssertProblemAsync(await anonymous.PostAsync("/zones/finance/ingestions?source=tax-rating&format=csv", small), 401, "unauthenticated");
        await AssertProblemAsync(await holder.GetAsync("/operator/finance/loan-policies"), 403, "forbidden");
        var accepted = await holder.PostAsync("/zones/finance/ingestions?source=tax-rating&format=csv", small);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.NotNull(accepted.Headers.Location);
    }

    [Fact]
    public async Task Status_OfAnotherHoldersJob_IsNotFound()
    {
        await using var host = await FinanceHost.StartAsync();
        var taxKey = await host.HolderKeyAsync("qingdao-tax");
        using var tax = host.Client(taxKey);
        using var courts = host.Client(await host.HolderKeyAsync("qingdao-courts"));
        var job = await host.IngestAsync(FinanceSource.TaxRating, "csv", FinanceFiles.Csv("credit_code,year,rating", $"{FinanceTestData.CreditCode},2023,A"), taxKey);

        var own = await tax.GetAsync($"/zones/finance/ingestions/{job["id"]}");
        var other = await courts.GetAsync($"/zones/finance/ingestions/{job["id"]}");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("qingdao-tax", (await own.Content.ReadFromJsonAsync<JsonObject>())!["holderId"]!.GetValue<string>());
        await AssertProblemAsync(other, 404, "ingestion-not-found");
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, int status, string type)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("/problems/" + type, (await response.Content.ReadFromJsonAsync<JsonObject>())!["type"]!.GetValue<string>());
    }

    private static async Task<List<string>> SnapshotAsync(FinanceReferenceStore store, IEnumerable<string> codes)
    {
        var rows = new List<string>();
        foreach (var code in codes)
        {
            foreach (var row in await store.ReadPartitionAsync(code, CancellationToken.None))
            {
                var values = row.Where(p => p.Key is not ("Timestamp" or "odata.etag"))
                    .OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}");
                rows.Add($"{row.PartitionKey}/{row.RowKey}: {string.Join("; ", values)}");
            }
        }

        return rows.Order(StringComparer.Ordinal).ToList();
    }
}
