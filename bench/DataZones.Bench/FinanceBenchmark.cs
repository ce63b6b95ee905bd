using DataZones.Marketplace.Ingestion;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DataZones.Marketplace.Access;
using DataZones.Marketplace.Consumers;
using DataZones.Marketplace.Hosting;
using DataZones.Marketplace.Identifiers;
using DataZones.Marketplace.Jobs;
using DataZones.Marketplace.Subscriptions;
using DataZones.Zones.Finance;
using DataZones.Zones.Finance.DemoData;
using DataZones.Zones.Finance.Ingestion;
using DataZones.Zones.Finance.Jobs;
using DataZones.Zones.Finance.Products;
using DataZones.Zones.Finance.Reference;
using DataZones.Zones.Finance.Verification;

using DataZones.Bench.Hosting;
using DataZones.Bench.Load;

namespace DataZones.Bench;

/// <summary>
/// <c>scripts/bench finance [--enterprises N] [--concurrency C] [--seconds S] [--load-parallelism P] [--pairs 4]</c>: enterprise verification through
/// the full paid-call pipeline (API key, subscription, rate limit, request hash, handler, durable usage record,
/// signed receipt) next to the same verification work on a bench-only bare endpoint in the same app, on Kestrel at
/// 127.0.0.1, same run. The registry is loaded through the ingestion job first. Closed loop: C clients, each
/// sending its next request when the previous is answered, for S seconds per phase (bounded).
/// </summary>
public sealed class FinanceBenchmark : IBenchmark
{
    private const string BarePath = "/bench/bare/enterprise-verifications";
    private const string PaidPath = "/zones/finance/enterprise-verifications";

    public string Name => "finance";

    public string Description => "enterprise verification: full paid pipeline vs the bare core, requests/s, p50, p99";

    public async Task RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var enterprises = context.IntArgument("enterprises", 2_000);
        var concurrency = context.IntArgument("concurrency", 16);
        var seconds = TimeSpan.FromSeconds(context.IntArgument("seconds", 15));
        var report = context.Report;
        var loadParallelism = context.IntArgument("load-parallelism", 8);
        var pairs = context.IntArgument("pairs", 4);
        await using var app = await BenchApp.StartAsync(context.StorageConnectionString,
            (services, configuration) => services.AddFinanceZone(configuration), MapEndpoints, new Dictionary<string, string?>
            {
                // A key for this run only: the data is generated and dropped with the run.
                ["Finance:IdentifierHashKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
                ["Finance:LoadParallelism"] = loadParallelism.ToString(CultureInfo.InvariantCulture),
            });

        var demo = new FinanceDemoData(42, new DateOnly(2026, 11, 16), enterprises);
        var registry = Registry(demo);
        // Ingestion through the job queue against the loader called directly (no upload, records or queue). Azurite
        // slows as a table grows, so both load the same file into a table that already holds it (every row replaced:
        // the same work each time), in alternating pairs after a first load that fills the table.
        var ingestion = app.Services.GetRequiredService<IngestionLoader>();
        Task<LoadProgress> LoadDirectlyAsync() =>
            ingestion.LoadAsync(FinanceSource.EnterpriseRegistry, IngestionFormat.Csv, new MemoryStream(registry), _ => Task.CompletedTask, cancellationToken);
        var first = Stopwatch.StartNew();
        var filled = await LoadDirectlyAsync();
        report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"registry: {filled.Loaded} enterprises first loaded in {first.Elapsed.TotalSeconds:F1} s ({filled.Loaded / first.Elapsed.TotalSeconds:F0} rows/s, {loadParallelism} partitions in flight)"));
        var ratios = new List<double>();
        var extra = new List<double>();
        var toDelivery = new List<double>();
        for (var pair = 0; pair < pairs; pair++)
        {
            var direct = Stopwatch.StartNew();
            var loaded = await LoadDirectlyAsync();
            direct.Stop();
            var directRate = loaded.Loaded / direct.Elapsed.TotalSeconds;
            var submittedAt = DateTimeOffset.UtcNow;
            var load = Stopwatch.StartNew();
            var (job, record) = await LoadRegistryAsync(app.Services, registry, cancellationToken);
            load.Stop();
            var queuedRate = job.Loaded / load.Elapsed.TotalSeconds;
            ratios.Add(queuedRate / directRate);
            extra.Add((load.Elapsed - direct.Elapsed).TotalMilliseconds);
            toDelivery.Add((record.StartedAt!.Value - submittedAt).TotalMilliseconds);
            report.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"registry reloaded, pair {pair + 1}: loader directly {directRate:F0} rows/s ({direct.Elapsed.TotalMilliseconds:F0} ms); submitted, queued and loaded as an ingestion job {queuedRate:F0} rows/s ({load.Elapsed.TotalMilliseconds:F0} ms, submission to delivery {toDelivery[^1]:F0} ms)  {queuedRate / directRate:F2}x"));
        }
        ratios.Sort();
        extra.Sort();
        report.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ingestion through the job queue: median {Median(ratios):F2}x, mean {ratios.Average():F2}x of the direct load (target ≥ 0.90); median extra time {Median(extra):F0} ms a job, of which submission to delivery {toDelivery.Average():F0} ms on average"));

        var bodies = Bodies(registry);
        var apiKey = await ConsumerKeyAsync(app.Services, cancellationToken);
        using var client = HttpLoad.LoopbackClient(app.Address);
        report.WriteLine($"{concurrency} clients, {seconds.TotalSeconds:F0} s per phase, {bodies.Count} distinct requests (4 elements), cache warm");
        HttpRequestMessage Bare(int worker, long i) => Request(BarePath, null, bodies, worker, i, concurrency);
        HttpRequestMessage Paid(int worker, long i) => Request(PaidPath, apiKey, bodies, worker, i, concurrency);
        await HttpLoad.RunAsync(client, concurrency, TimeSpan.FromSeconds(3), Bare, cancellationToken); // warm-up
        await HttpLoad.RunAsync(client, concurrency, TimeSpan.FromSeconds(3), Paid, cancellationToken);
        var bare = await HttpLoad.RunAsync(client, concurrency, seconds, Bare, cancellationToken);
        var paid = await HttpLoad.RunAsync(client, concurrency, seconds, Paid, cancellationToken);

        report.WriteLine($"  bare core (no pipeline)  {bare.Describe()}");
        report.WriteLine($"  full paid pipeline       {paid.Describe()}");
        report.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratios paid/bare: throughput {paid.OkPerSecond / bare.OkPerSecond:F2}×, p50 {paid.P50 / bare.P50:F2}×, p99 {paid.P99 / bare.P99:F2}×"));
    }

    private static void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapFinanceZone();
        // Bench-only: the same verification work (validate, cached point read, HMAC, name comparison, JSON) without
        // authentication, subscription, metering or receipt.
        endpoints.MapPost(BarePath, async (EnterpriseVerificationRequest request, EnterpriseVerificationService service, CancellationToken ct) =>
        {
            var attempt = await service.VerifyAsync(request, ct);
            return attempt.Result is { } result ? Results.Json(result, PlatformJson.Options) : Results.BadRequest();
        });
    }

    // Each worker walks the bodies with its own stride, so the workers ask for different enterprises.
    private static HttpRequestMessage Request(string path, string? apiKey, List<byte[]> bodies, int worker, long i, int concurrency)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(bodies[(int)((worker + i * concurrency) % bodies.Count)]) };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (apiKey is not null) message.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, apiKey);
        return message;
    }

    /// <summary>Submits the registry as an ingestion and waits for the job queue's record of it to say it finished.</summary>
    internal static async Task<(IngestionJob Job, JobRecord Record)> LoadRegistryAsync(IServiceProvider services, byte[] registry, CancellationToken cancellationToken)
    {
        var ingestion = services.GetRequiredService<IngestionService>();
        var records = services.GetRequiredService<JobStore>();
        using var file = new MemoryStream(registry);
        var job = (await ingestion.SubmitAsync(FinanceSource.EnterpriseRegistry, IngestionFormat.Csv, "bench", file, cancellationToken)).Job!;
        JobRecord? record = null;
        for (var polls = 0; record?.IsFinished != true && polls < 30_000; polls++)
        {
            await Task.Delay(20, cancellationToken);
            record = (await records.FindAsync(FinanceIngestionJob.JobKind, job.Id, cancellationToken))?.Record;
        }
        job = (await ingestion.FindAsync(job.Id, cancellationToken))!;
        return job.State == IngestionJobState.Succeeded && record!.State == JobState.Succeeded
            ? (job, record)
            : throw new InvalidOperationException($"The registry load ended {job.State}.");
    }

    private static double Median(List<double> sorted) => sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;

    internal static async Task<string> ConsumerKeyAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var consumer = await services.GetRequiredService<ConsumerService>().RegisterAsync("Bench bank", "bank",
            UnifiedSocialCreditCodeValidator.Complete("91370202MA3C8XQL0"), "bench", cancellationToken);
        var key = await services.GetRequiredService<ApiKeyService>().CreateAsync(new ApiKeyOwner(consumer.Id, [Roles.Consumer]), "bench", cancellationToken);
        await services.GetRequiredService<SubscriptionService>().RequestAsync(consumer.Id, FinanceProducts.Verification, FinanceProducts.PayPerUsePlanId, "bench", cancellationToken);
        return key!.Value.Key;
    }

    internal static byte[] Registry(FinanceDemoData demo)
    {
        using var stream = new MemoryStream();
        demo.Write(FinanceSource.EnterpriseRegistry, IngestionFormat.Csv, stream);
        return stream.ToArray();
    }

    // Four-element requests with the registered values: every answer is a full match, the most work per request.
    internal static List<byte[]> Bodies(byte[] registry) =>
        Encoding.UTF8.GetString(registry).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => line.Split(','))
            .Select(f => JsonSerializer.SerializeToUtf8Bytes(new { creditCode = f[0], enterpriseName = f[1], legalRepresentativeName = f[3], legalRepresentativeIdNumber = f[4] }))
            .ToList();
}
