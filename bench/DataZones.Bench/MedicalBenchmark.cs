using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using DataZones.Bench.Hosting;
using DataZones.Bench.Load;
using DataZones.Marketplace.Access;
using DataZones.Marketplace.Consent;
using DataZones.Marketplace.Consumers;
using DataZones.Marketplace.Hosting;
using DataZones.Marketplace.Identifiers;
using DataZones.Marketplace.Ingestion;
using DataZones.Marketplace.Subscriptions;
using DataZones.Zones.Medical;
using DataZones.Zones.Medical.Claims;
using DataZones.Zones.Medical.DemoData;
using DataZones.Zones.Medical.Jobs;
using DataZones.Zones.Medical.Products;
using DataZones.Zones.Medical.Reference;
using DataZones.Zones.Medical.Storage;
using Microsoft.Extensions.Options;

namespace DataZones.Bench;

/// <summary>
/// <c>scripts/bench medical [--persons N] [--rounds R] [--concurrency C] [--seconds S]</c>, same run, same app on
/// Kestrel at 127.0.0.1: (1) a 500-claim group batch through the paid pipeline (key, subscription, 500 consent
/// checks, 500 partition reads and verifications, 500 consent uses recorded, metering, receipt) against the bare
/// reads of the same 500 persons' partitions, in alternating rounds (target: the batch ≤ 2× the reads); (2) single
/// claims, paid against the same verification on a bench-only bare endpoint, closed loop, throughput and p99;
/// (3) a 10,000-claim batch as a job, from submission to its last result, against the bare reads of the same
/// 10,000 partitions; (4) research cohorts through the paid pipeline and disclosure control against the bare read of
/// the research index partition they are built from.
/// </summary>
public sealed class MedicalBenchmark : IBenchmark
{
    private const int GroupSize = 500;
    private const string BarePath = "/bench/bare/claim-verifications";
    private const string PaidPath = "/zones/medical/claim-verifications";
    private const string GroupPath = "/zones/medical/claim-verifications/groups";
    private const string BatchPath = "/zones/medical/claim-verifications/batches";
    private const string CohortPath = "/zones/medical/research/cohorts";
    private const int BatchSize = 10_000;

    public string Name => "medical";

    public string Description => "500-claim group batch through the paid pipeline vs bare partition reads; single claims paid vs bare";

    public async Task RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var persons = Math.Max(GroupSize * 2, context.IntArgument("persons", 2_000));
        var rounds = context.IntArgument("rounds", 6);
        var concurrency = context.IntArgument("concurrency", 16);
        var seconds = TimeSpan.FromSeconds(context.IntArgument("seconds", 10));
        var report = context.Report;
        await using var app = await BenchApp.StartAsync(context.StorageConnectionString,
            (services, configuration) => services.AddMedicalZone(configuration), MapEndpoints, new Dictionary<string, string?>
            {
                // Keys for this run only: the data is generated and dropped with the run.
                ["Medical:IdentifierHashKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
                ["Consent:SubjectHashKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            });
        var services = app.Services;
        var demo = new MedicalDemoData(42, new DateOnly(2026, 11, 16), persons);
        var load = Stopwatch.StartNew();
        foreach (var source in MedicalSources.All)
        {
            using var file = new MemoryStream();
            demo.WriteCsv(source, file);
            file.Position = 0;
            var job = new MedicalIngestion("bench-" + MedicalSources.Code(source), source, IngestionFormat.Csv, "bench", DateTimeOffset.UtcNow, "", file.Length,
                MedicalIngestionState.Running, 0, 0, 0, [], null, null);
            var loaded = await services.GetRequiredService<MedicalIngestionLoader>().LoadAsync(job, file, _ => Task.CompletedTask, cancellationToken);
            report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{MedicalSources.Code(source)}: {loaded.Loaded} rows loaded ({loaded.Rejected} rejected)"));
        }

        report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{persons} demo persons loaded in {load.Elapsed.TotalSeconds:F1} s"));
        var (consumerId, apiKey) = await InsurerAsync(services, cancellationToken);
        var group = demo.Persons.Where(p => p.Visits.Count > 0).Take(GroupSize).ToList();
        var claims = new List<Dictionary<string, object?>>();
        foreach (var person in group) claims.Add(Claim(person, await ConsentAsync(services, person, consumerId, cancellationToken)));
        var groupBody = JsonSerializer.SerializeToUtf8Bytes(new { items = claims }, PlatformJson.Options);
        var keys = services.GetRequiredService<MedicalPersonKeys>();
        var partitions = group.Select(p => keys.Of(p.IdentityNumber)).ToList();
        using var client = HttpLoad.LoopbackClient(app.Address);

        await GroupAsync(client, apiKey, groupBody, cancellationToken); // warm-up: caches, JIT, and the claim marks (the rounds re-verify the same claims)
        await BareReadsAsync(services, partitions, cancellationToken);
        var batchTimes = new List<double>();
        var readTimes = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var reads = await BareReadsAsync(services, partitions, cancellationToken);
            var batch = await GroupAsync(client, apiKey, groupBody, cancellationToken);
            (readTimes, batchTimes) = ([.. readTimes, reads.TotalMilliseconds], [.. batchTimes, batch.TotalMilliseconds]);
            report.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round + 1}: bare reads of the 500 partitions {reads.TotalMilliseconds:F0} ms; 500-claim group batch through the paid pipeline {batch.TotalMilliseconds:F0} ms  {batch / reads:F2}×"));
        }

        batchTimes.Sort();
        readTimes.Sort();
        report.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"group batch of 500: median {Median(batchTimes):F0} ms against bare reads median {Median(readTimes):F0} ms: {Median(batchTimes) / Median(readTimes):F2}× (target ≤ 2×); the source's group claims took 10 minutes"));

        var bodies = claims.Select(c => JsonSerializer.SerializeToUtf8Bytes(c, PlatformJson.Options)).ToList();
        HttpRequestMessage Bare(int worker, long i) => Request(BarePath, null, bodies, worker, i, concurrency);
        HttpRequestMessage Paid(int worker, long i) => Request(PaidPath, apiKey, bodies, worker, i, concurrency);
        await HttpLoad.RunAsync(client, concurrency, TimeSpan.FromSeconds(3), Bare, cancellationToken); // warm-up
        await HttpLoad.RunAsync(client, concurrency, TimeSpan.FromSeconds(3), Paid, cancellationToken);
        var bare = await HttpLoad.RunAsync(client, concurrency, seconds, Bare, cancellationToken);
        var paid = await HttpLoad.RunAsync(client, concurrency, seconds, Paid, cancellationToken);
        report.WriteLine($"single claims, {concurrency} clients, {seconds.TotalSeconds:F0} s per phase:");
        report.WriteLine($"  bare verification (no pipeline)  {bare.Describe()}");
        report.WriteLine($"  full paid pipeline with consent  {paid.Describe()}");
        report.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratios paid/bare: throughput {paid.OkPerSecond / bare.OkPerSecond:F2}×, p50 {paid.P50 / bare.P50:F2}×, p99 {paid.P99 / bare.P99:F2}×"));

        // (3) The largest batch, as a job: the same persons over and over (the population is smaller than 10,000).
        var batchClaims = Enumerable.Range(0, BatchSize).Select(i => claims[i % claims.Count]).ToList();
        var batchBody = JsonSerializer.SerializeToUtf8Bytes(new { items = batchClaims }, PlatformJson.Options);
        var batchPartitions = Enumerable.Range(0, BatchSize).Select(i => partitions[i % partitions.Count]).ToList();
        var batchReads = await BareReadsAsync(services, batchPartitions, cancellationToken);
        var (accepted, finished) = await BatchJobAsync(client, apiKey, batchBody, cancellationToken);
        report.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"batch of {BatchSize} as a job: accepted (consents checked, billed) in {accepted.TotalSeconds:F1} s, last result in {finished.TotalSeconds:F1} s; " +
            $"bare reads of the same {BatchSize} partitions {batchReads.TotalSeconds:F1} s: {finished / batchReads:F2}×"));

        // (4) Research cohorts: what the pipeline, the table and the overlap audit add to the index read.
        var researcherKey = await ResearcherAsync(services, cancellationToken);
        var index = services.GetRequiredService<DataZones.Zones.Medical.Research.ResearchIndexStore>();
        var cohortBody = JsonSerializer.SerializeToUtf8Bytes(new { diagnosisCategory = "E11", fromYear = 2022, toYear = 2026 }, PlatformJson.Options);
        var cohortTimes = new List<double>();
        var indexTimes = new List<double>();
        for (var round = 0; round < rounds + 1; round++)
        {
            var read = Stopwatch.StartNew();
            var visits = await index.VisitsAsync("E11", new DateOnly(2022, 1, 1), new DateOnly(2026, 12, 31), cancellationToken);
            read.Stop();
            using var request = Request(CohortPath, researcherKey, [cohortBody], 0, 0, 1);
            var asked = Stopwatch.StartNew();
            using var response = await client.SendAsync(request, cancellationToken);
            await response.Content.ReadAsByteArrayAsync(cancellationToken);
            asked.Stop();
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"The cohort was answered {(int)response.StatusCode}.");
            if (round == 0) continue; // warm-up
            (indexTimes, cohortTimes) = ([.. indexTimes, read.Elapsed.TotalMilliseconds], [.. cohortTimes, asked.Elapsed.TotalMilliseconds]);
            if (round == 1) report.WriteLine($"research cohort E11 2022–2026: {visits.Count} indexed visits");
        }

        cohortTimes.Sort();
        indexTimes.Sort();
        report.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"research cohort: median {Median(cohortTimes):F0} ms through the paid pipeline and disclosure control against the bare index read median {Median(indexTimes):F0} ms: {Median(cohortTimes) / Median(indexTimes):F2}×"));
    }

    private static async Task<(TimeSpan Accepted, TimeSpan Finished)> BatchJobAsync(HttpClient client, string apiKey, byte[] body, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        using var request = Request(BatchPath, apiKey, [body], 0, 0, 1);
        using var response = await client.SendAsync(request, cancellationToken);
        var acceptance = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken));
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"The batch was answered {(int)response.StatusCode}.");
        var accepted = started.Elapsed;
        var status = acceptance.RootElement.GetProperty("batch").GetProperty("status").GetString()!;
        while (true)
        {
            using var poll = new HttpRequestMessage(HttpMethod.Get, status);
            poll.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, apiKey);
            using var state = await client.SendAsync(poll, cancellationToken);
            var batch = JsonDocument.Parse(await state.Content.ReadAsByteArrayAsync(cancellationToken)).RootElement;
            var now = batch.GetProperty("state").GetString();
            if (now == "succeeded") return (accepted, started.Elapsed);
            if (now == "failed") throw new InvalidOperationException("The batch job failed: " + batch.GetProperty("failureReason").GetString());
            await Task.Delay(50, cancellationToken);
        }
    }

    private static async Task<string> ResearcherAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var consumer = await services.GetRequiredService<ConsumerService>().RegisterAsync("Bench research institute", "research",
            UnifiedSocialCreditCodeValidator.Complete("12370200MB1234567"), "bench", cancellationToken);
        var key = await services.GetRequiredService<ApiKeyService>().CreateAsync(new ApiKeyOwner(consumer.Id, [Roles.Consumer]), "bench", cancellationToken);
        var subscriptions = services.GetRequiredService<SubscriptionService>();
        var (_, subscription) = await subscriptions.RequestAsync(consumer.Id, MedicalProducts.ResearchAggregates, MedicalProducts.PayPerUsePlanId, "bench", cancellationToken);
        if (subscription!.Status != SubscriptionStatus.Active)
        {
            await subscriptions.TransitionAsync(consumer.Id, subscription.Id, SubscriptionStatus.Active, "bench", "bench", false, cancellationToken);
        }

        return key!.Value.Key;
    }

    private static void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMedicalZone();
        // Bench-only: the same validation, partition read, verification and claim mark, without authentication,
        // subscription, consent, metering or receipt.
        var everything = new ConsentRecord("bench", "", "bench", [], DateOnly.MinValue, DateOnly.MaxValue, DateTimeOffset.MaxValue, DateTimeOffset.MinValue, "bench");
        endpoints.MapPost(BarePath, async (ClaimRequest request, ClaimsService service, CancellationToken ct) =>
        {
            var (claim, _) = ClaimValidator.Validate(request);
            return claim is null ? Results.BadRequest() : Results.Json(await service.VerifyAsync(claim, request.IdentityNumber!, everything, "bench", ct), PlatformJson.Options);
        });
    }

    private static async Task<TimeSpan> GroupAsync(HttpClient client, string apiKey, byte[] body, CancellationToken cancellationToken)
    {
        using var request = Request(GroupPath, apiKey, [body], 0, 0, 1);
        var started = Stopwatch.StartNew();
        using var response = await client.SendAsync(request, cancellationToken);
        var units = response.Headers.TryGetValues("X-Units-Charged", out var values) ? values.Single() : "none";
        await response.Content.ReadAsByteArrayAsync(cancellationToken);
        started.Stop();
        return response.IsSuccessStatusCode && units == GroupSize.ToString(CultureInfo.InvariantCulture)
            ? started.Elapsed
            : throw new InvalidOperationException($"The group batch was answered {(int)response.StatusCode} with {units} units charged.");
    }

    // The baseline: the 500 partition queries alone, as many in flight as the batch handler allows itself.
    private static async Task<TimeSpan> BareReadsAsync(IServiceProvider services, IReadOnlyList<string> partitions, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<MedicalReferenceStore>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = services.GetRequiredService<IOptions<MedicalOptions>>().Value.BatchReadParallelism, CancellationToken = cancellationToken };
        var started = Stopwatch.StartNew();
        await Parallel.ForEachAsync(partitions, parallel, async (key, token) => await store.ReadPersonAsync(key, token));
        return started.Elapsed;
    }

    private static async Task<(string ConsumerId, string Key)> InsurerAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var consumer = await services.GetRequiredService<ConsumerService>().RegisterAsync("Bench insurer", "insurer",
            UnifiedSocialCreditCodeValidator.Complete("91370211MA3D4KPN2"), "bench", cancellationToken);
        var key = await services.GetRequiredService<ApiKeyService>().CreateAsync(new ApiKeyOwner(consumer.Id, [Roles.Consumer]), "bench", cancellationToken);
        var subscriptions = services.GetRequiredService<SubscriptionService>();
        var (_, subscription) = await subscriptions.RequestAsync(consumer.Id, MedicalProducts.ClaimsVerification, MedicalProducts.PayPerUsePlanId, "bench", cancellationToken);
        if (subscription!.Status != SubscriptionStatus.Active)
        {
            await subscriptions.TransitionAsync(consumer.Id, subscription.Id, SubscriptionStatus.Active, "bench", "bench", false, cancellationToken);
        }

        return (consumer.Id, key!.Value.Key);
    }

    private static async Task<string> ConsentAsync(IServiceProvider services, DemoPerson person, string consumerId, CancellationToken cancellationToken)
    {
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var (consent, _) = await services.GetRequiredService<ConsentService>().GrantAsync(new ConsentGrant(person.IdentityNumber, consumerId,
            [MedicalProducts.ClaimsVerification], new DateOnly(2015, 1, 1), new DateOnly(2030, 1, 1), now.AddDays(30)), "bench", cancellationToken);
        return consent!.Id;
    }

    private static Dictionary<string, object?> Claim(DemoPerson person, string consentId)
    {
        var visit = person.Visits[^1];
        return new Dictionary<string, object?>
        {
            ["claimReference"] = "BENCH-" + visit.VisitId,
            ["identityNumber"] = person.IdentityNumber,
            ["consentId"] = consentId,
            ["policy"] = new { startsOn = visit.AdmittedOn.AddYears(-1), endsOn = visit.AdmittedOn.AddYears(1), waitingPeriodDays = 30 },
            ["institutionCode"] = visit.InstitutionCode,
            ["admittedOn"] = visit.AdmittedOn,
            ["dischargedOn"] = visit.DischargedOn,
            ["diagnoses"] = new[] { visit.PrimaryDiagnosis },
            ["claimedAmount"] = Math.Max(0.01m, Math.Round(visit.SelfPaid / 2, 2)),
        };
    }

    // Each worker walks the bodies with its own stride, so the workers ask about different persons.
    private static HttpRequestMessage Request(string path, string? apiKey, List<byte[]> bodies, int worker, long i, int concurrency)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(bodies[(int)((worker + i * concurrency) % bodies.Count)]) };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (apiKey is not null) message.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, apiKey);
        return message;
    }

    private static double Median(List<double> sorted) => sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
