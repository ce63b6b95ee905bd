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
using DataZones.Marketplace.Subscriptions;
using DataZones.Zones.Finance;
using DataZones.Zones.Finance.DemoData;
using DataZones.Zones.Finance.Ingestion;
using DataZones.Zones.Finance.Jobs;
using DataZones.Zones.Finance.Products;
using DataZones.Zones.Finance.Reference;
using DataZones.Zones.Finance.Verification;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace DataZones.Bench;

/// <summary>
/// <c>scripts/bench finance [--enterprises N] [--concurrency C] [--seconds S] [--load-parallelism P]</c>: enterprise verification through
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
        await using var app = await StartAsync(context.StorageConnectionString, loadParallelism);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        var demo = new FinanceDemoData(42, new DateOnly(2026, 11, 16), enterprises);
        var registry = Registry(demo);
        var load = Stopwatch.StartNew();
        var job = await LoadRegistryAsync(app.Services, registry, cancellationToken);
        report.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"registry: {job.Loaded} enterprises loaded through an ingestion job ({loadParallelism} partitions in flight) in {load.Elapsed.TotalSeconds:F1} s ({job.Loaded / load.Elapsed.TotalSeconds:F0} rows/s)"));

        var bodies = Bodies(registry);
        var apiKey = await ConsumerKeyAsync(app.Services, cancellationToken);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024 }) { BaseAddress = new Uri(address) };
        report.WriteLine($"{concurrency} clients, {seconds.TotalSeconds:F0} s per phase, {bodies.Count} distinct requests (4 elements), cache warm");
        await RunPhaseAsync(client, BarePath, null, bodies, concurrency, TimeSpan.FromSeconds(3), cancellationToken);
        await RunPhaseAsync(client, PaidPath, apiKey, bodies, concurrency, TimeSpan.FromSeconds(3), cancellationToken);
        var bare = await RunPhaseAsync(client, BarePath, null, bodies, concurrency, seconds, cancellationToken);
        var paid = await RunPhaseAsync(client, PaidPath, apiKey, bodies, concurrency, seconds, cancellationToken);

        report.WriteLine($"{"",-26}{"requests/s",12}{"p50 ms",10}{"p99 ms",10}{"non-200",10}");
        Print(report, "bare core (no pipeline)", bare);
        Print(report, "full paid pipeline", paid);
        report.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratios paid/bare: throughput {paid.PerSecond / bare.PerSecond:F2}×, p50 {paid.P50 / bare.P50:F2}×, p99 {paid.P99 / bare.P99:F2}×"));
    }

    private static async Task<WebApplication> StartAsync(string storage, int loadParallelism)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = storage,
            ["Persistence:TablePrefix"] = "bench" + Guid.NewGuid().ToString("N")[..8],
            ["Receipts:AllowGeneratedKey"] = "true",
            // A benchmark measures capacity, not the protection.
            ["RateLimit:PermitsPerSecond"] = "1000000",
            ["RateLimit:BurstPermits"] = "1000000",
            // A key for this run only: the data is generated and dropped with the run.
            ["Finance:IdentifierHashKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Finance:LoadParallelism"] = loadParallelism.ToString(CultureInfo.InvariantCulture),
        });
        builder.Services.AddMarketplace(builder.Configuration).AddFinanceZone(builder.Configuration);
        var app = builder.Build();
        app.UseMarketplace();
        app.MapMarketplace();
        app.MapFinanceZone();
        // Bench-only: the same verification work (validate, cached point read, HMAC, name comparison, JSON) without
        // authentication, subscription, metering or receipt.
        app.MapPost(BarePath, async (EnterpriseVerificationRequest request, EnterpriseVerificationService service, CancellationToken ct) =>
        {
            var attempt = await service.VerifyAsync(request, ct);
            return attempt.Result is { } result ? Results.Json(result, PlatformJson.Options) : Results.BadRequest();
        });
        await app.StartAsync();
        return app;
    }

    private static async Task<IngestionJob> LoadRegistryAsync(IServiceProvider services, byte[] registry, CancellationToken cancellationToken)
    {
        var ingestion = services.GetRequiredService<IngestionService>();
        using var file = new MemoryStream(registry);
        var job = (await ingestion.SubmitAsync(FinanceSource.EnterpriseRegistry, IngestionFormat.Csv, "bench", file, cancellationToken)).Job!;
        for (var polls = 0; !job.IsFinished && polls < 6_000; polls++)
        {
            await Task.Delay(100, cancellationToken);
            job = (await ingestion.FindAsync(job.Id, cancellationToken))!;
        }

        return job.State == IngestionJobState.Succeeded ? job : throw new InvalidOperationException($"The registry load ended {job.State}.");
    }

    private static async Task<string> ConsumerKeyAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var consumer = await services.GetRequiredService<ConsumerService>().RegisterAsync("Bench bank", "bank",
            UnifiedSocialCreditCodeValidator.Complete("91370202MA3C8XQL0"), "bench", cancellationToken);
        var key = await services.GetRequiredService<ApiKeyService>().CreateAsync(new ApiKeyOwner(consumer.Id, [Roles.Consumer]), "bench", cancellationToken);
        await services.GetRequiredService<SubscriptionService>().RequestAsync(consumer.Id, FinanceProducts.Verification, FinanceProducts.PayPerUsePlanId, "bench", cancellationToken);
        return key!.Value.Key;
    }

    private static byte[] Registry(FinanceDemoData demo)
    {
        using var stream = new MemoryStream();
        demo.Write(FinanceSource.EnterpriseRegistry, IngestionFormat.Csv, stream);
        return stream.ToArray();
    }

    // Four-element requests with the registered values: every answer is a full match, the most work per request.
    private static List<byte[]> Bodies(byte[] registry) =>
        Encoding.UTF8.GetString(registry).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => line.Split(','))
            .Select(f => JsonSerializer.SerializeToUtf8Bytes(new { creditCode = f[0], enterpriseName = f[1], legalRepresentativeName = f[3], legalRepresentativeIdNumber = f[4] }))
            .ToList();

    private static async Task<(double PerSecond, double P50, double P99, long Failures)> RunPhaseAsync(
        HttpClient client, string path, string? apiKey, List<byte[]> bodies, int concurrency, TimeSpan duration, CancellationToken cancellationToken)
    {
        var latencies = new List<long>[concurrency];
        long requests = 0, failures = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            latencies[worker] = [];
            for (var i = worker; clock.Elapsed < duration && !cancellationToken.IsCancellationRequested; i += concurrency)
            {
                using var message = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(bodies[i % bodies.Count]) };
                message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                if (apiKey is not null) message.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, apiKey);
                var started = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(message, cancellationToken);
                await response.Content.ReadAsByteArrayAsync(cancellationToken);
                latencies[worker].Add(Stopwatch.GetTimestamp() - started);
                Interlocked.Increment(ref requests);
                if ((int)response.StatusCode != 200) Interlocked.Increment(ref failures);
            }
        }));
        var sorted = latencies.SelectMany(l => l).Order().ToArray();
        return (requests / clock.Elapsed.TotalSeconds, Percentile(sorted, 0.50), Percentile(sorted, 0.99), failures);
    }

    private static double Percentile(long[] sortedTicks, double quantile) =>
        sortedTicks.Length == 0 ? 0
            : Stopwatch.GetElapsedTime(0, sortedTicks[Math.Min(sortedTicks.Length - 1, (int)Math.Ceiling(quantile * sortedTicks.Length) - 1)]).TotalMilliseconds;

    private static void Print(TextWriter report, string label, (double PerSecond, double P50, double P99, long Failures) phase) =>
        report.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-26}{phase.PerSecond,12:F0}{phase.P50,10:F2}{phase.P99,10:F2}{phase.Failures,10}"));
}
