using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using DataZones.Bench.Hosting;
using DataZones.Bench.Load;
using DataZones.Marketplace.Access;
using DataZones.Marketplace.Consumers;
using DataZones.Marketplace.Hosting;
using DataZones.Marketplace.Identifiers;
using DataZones.Marketplace.Ingestion;
using DataZones.Marketplace.Subscriptions;
using DataZones.Zones.Transport;
using DataZones.Zones.Transport.Api;
using DataZones.Zones.Transport.DemoData;
using DataZones.Zones.Transport.Jobs;
using DataZones.Zones.Transport.Products;
using DataZones.Zones.Transport.Reference;
using DataZones.Zones.Transport.Storage;

namespace DataZones.Bench.Transport;

/// <summary>
/// <c>scripts/bench transport [--vehicles N] [--concurrency C] [--seconds S]</c>, same run, same app on Kestrel at
/// 127.0.0.1: used-car history and truck underwriting through the full paid pipeline (key, subscription, rate limit,
/// quota, metering, receipt) against the same partition read and answer on a bench-only bare endpoint, closed loop,
/// throughput and p99 ratios.
/// </summary>
public sealed class TransportBenchmark : IBenchmark
{
    private const string HistoryPath = "/zones/transport/used-car-histories";
    private const string UnderwritingPath = "/zones/transport/truck-underwritings";
    private const string BarePrefix = "/bench/bare";

    public string Name => "transport";

    public string Description => "used-car history and truck underwriting: paid pipeline vs bare reads, throughput and p99";

    public async Task RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var vehicles = context.IntArgument("vehicles", 1_000);
        var concurrency = context.IntArgument("concurrency", 16);
        var seconds = TimeSpan.FromSeconds(context.IntArgument("seconds", 10));
        var report = context.Report;
        await using var app = await BenchApp.StartAsync(context.StorageConnectionString,
            (services, configuration) => services.AddTransportZone(configuration), MapEndpoints, new Dictionary<string, string?>
            {
                // A key for this run only: the data is generated and dropped with the run.
                ["Transport:IdentifierHashKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            });
        var services = app.Services;
        var demo = new TransportDemoData(42, new DateOnly(2026, 11, 16), vehicles);
        var load = Stopwatch.StartNew();
        foreach (var source in TransportSources.All)
        {
            using var file = new MemoryStream();
            demo.WriteCsv(source, file);
            file.Position = 0;
            var job = new TransportIngestion("bench-" + TransportSources.Code(source), source, IngestionFormat.Csv, "bench", DateTimeOffset.UtcNow, "", file.Length,
                TransportIngestionState.Running, 0, 0, 0, [], null, null);
            var loaded = await services.GetRequiredService<TransportIngestionLoader>().LoadAsync(job, file, _ => Task.CompletedTask, cancellationToken);
            report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{TransportSources.Code(source)}: {loaded.Loaded} rows loaded ({loaded.Rejected} rejected)"));
        }

        report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{vehicles} demo vehicles loaded in {load.Elapsed.TotalSeconds:F1} s"));
        var apiKey = await ConsumerAsync(services, cancellationToken);
        var histories = demo.Vehicles.Select(v => Body(new { vin = v.Vin, purpose = "purchase" })).ToList();
        var trucks = demo.Vehicles.Where(v => v.Type is VehicleType.HeavyTruck or VehicleType.LightTruck).Select(v => Body(new { vin = v.Vin, plate = v.Plate })).ToList();
        using var client = HttpLoad.LoopbackClient(app.Address);

        foreach (var (name, path, bodies) in new[] { ("used-car history", HistoryPath, histories), ("truck underwriting", UnderwritingPath, trucks) })
        {
            HttpRequestMessage Bare(int worker, long i) => Request(BarePrefix + path, null, bodies, worker, i, concurrency);
            HttpRequestMessage Paid(int worker, long i) => Request(path, apiKey, bodies, worker, i, concurrency);
            await HttpLoad.RunAsync(client, concurrency, TimeSpan.FromSeconds(3), Bare, cancellationToken); // warm-up
            await HttpLoad.RunAsync(client, concurrency, TimeSpan.FromSeconds(3), Paid, cancellationToken);
            var bare = await HttpLoad.RunAsync(client, concurrency, seconds, Bare, cancellationToken);
            var paid = await HttpLoad.RunAsync(client, concurrency, seconds, Paid, cancellationToken);
            report.WriteLine($"{name}, {concurrency} clients, {seconds.TotalSeconds:F0} s per phase:");
            report.WriteLine($"  bare read and answer (no pipeline)  {bare.Describe()}");
            report.WriteLine($"  full paid pipeline                  {paid.Describe()}");
            report.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  ratios paid/bare: throughput {paid.OkPerSecond / bare.OkPerSecond:F2}×, p50 {paid.P50 / bare.P50:F2}×, p99 {paid.P99 / bare.P99:F2}×"));
        }
    }

    private static void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTransportZone();
        // Bench-only: the same partition read and answer, without authentication, subscription, metering or receipt.
        endpoints.MapPost(BarePrefix + HistoryPath, async (UsedCarHistoryRequest request, VehicleService service, CancellationToken ct) =>
            Results.Json(await service.HistoryAsync(request.Vin!, request.Purpose!, ct), PlatformJson.Options));
        endpoints.MapPost(BarePrefix + UnderwritingPath, async (TruckUnderwritingRequest request, VehicleService service, CancellationToken ct) =>
            await service.UnderwriteAsync(request.Vin!, request.Plate, ct) is { } answer ? Results.Json(answer, PlatformJson.Options) : Results.NotFound());
    }

    private static async Task<string> ConsumerAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var consumer = await services.GetRequiredService<ConsumerService>().RegisterAsync("Bench dealer", "insurer",
            UnifiedSocialCreditCodeValidator.Complete("91370211MA3D4KPN2"), "bench", cancellationToken);
        var key = await services.GetRequiredService<ApiKeyService>().CreateAsync(new ApiKeyOwner(consumer.Id, [Roles.Consumer]), "bench", cancellationToken);
        var subscriptions = services.GetRequiredService<SubscriptionService>();
        foreach (var product in new[] { TransportProducts.UsedCarHistory, TransportProducts.TruckUnderwriting })
        {
            var (_, subscription) = await subscriptions.RequestAsync(consumer.Id, product, TransportProducts.PayPerUsePlanId, "bench", cancellationToken);
            if (subscription!.Status != SubscriptionStatus.Active)
            {
                await subscriptions.TransitionAsync(consumer.Id, subscription.Id, SubscriptionStatus.Active, "bench", "bench", false, cancellationToken);
            }
        }

        return key!.Value.Key;
    }

    private static byte[] Body(object value) => JsonSerializer.SerializeToUtf8Bytes(value, PlatformJson.Options);

    // Each worker walks the bodies with its own stride, so the workers ask about different vehicles.
    private static HttpRequestMessage Request(string path, string? apiKey, List<byte[]> bodies, int worker, long i, int concurrency)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(bodies[(int)((worker + i * concurrency) % bodies.Count)]) };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (apiKey is not null) message.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, apiKey);
        return message;
    }
}
