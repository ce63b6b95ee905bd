using System.Security.Cryptography;
using DataZones.Bench.Hosting;
using DataZones.Marketplace.Access;
using DataZones.Marketplace.Consumers;
using DataZones.Marketplace.Identifiers;
using DataZones.Marketplace.Subscriptions;
using DataZones.Zones.Finance;
using DataZones.Zones.Finance.DemoData;
using DataZones.Zones.Finance.Products;

namespace DataZones.Bench.Faults;

/// <summary>
/// What the app process finds in storage, made by the platform's own services in an in-process host that stays up
/// to read the usage records afterwards: 20 enterprises, and one consumer per scenario, subscribed to enterprise
/// verification, so that each scenario's records are its consumer's. And the settings a Production deployment has.
/// </summary>
public sealed record FaultSeed(BenchApp Reader, IReadOnlyDictionary<string, string> Settings, IReadOnlyList<(string ConsumerId, string ApiKey)> Consumers, IReadOnlyList<byte[]> Bodies)
{
    private const int Enterprises = 20;

    public static async Task<FaultSeed> CreateAsync(string directConnectionString, string appConnectionString, int consumers, CancellationToken cancellationToken)
    {
        using var signingKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var prefix = "faults" + Guid.NewGuid().ToString("N")[..8];
        var shared = new Dictionary<string, string>
        {
            ["Persistence:TablePrefix"] = prefix,
            ["DATAZONES_JOB_QUEUE"] = prefix + "-jobs",
            ["Receipts:SigningKeyPem"] = signingKey.ExportPkcs8PrivateKeyPem(),
            ["RateLimit:PermitsPerSecond"] = "1000000",
            ["RateLimit:BurstPermits"] = "1000000",
            ["Scheduling:LocalScheduler"] = "false",
        };
        foreach (var (name, key) in Hosting.ZoneHashKeys.Fresh()) shared[name] = key;
        var reader = await BenchApp.StartAsync(directConnectionString, (services, configuration) => services.AddFinanceZone(configuration),
            endpoints => endpoints.MapFinanceZone(), shared.ToDictionary(s => s.Key, s => (string?)s.Value));
        var registry = FinanceBenchmark.Registry(new FinanceDemoData(42, new DateOnly(2026, 11, 16), Enterprises));
        await FinanceBenchmark.LoadRegistryAsync(reader.Services, registry, cancellationToken);
        var made = new List<(string, string)>();
        for (var i = 0; i < consumers; i++) made.Add(await ConsumerAsync(reader.Services, i, cancellationToken));
        var settings = new Dictionary<string, string>(shared) { ["Storage:ConnectionString"] = appConnectionString };
        return new FaultSeed(reader, settings, made, FinanceBenchmark.Bodies(registry));
    }

    private static async Task<(string, string)> ConsumerAsync(IServiceProvider services, int index, CancellationToken cancellationToken)
    {
        var consumer = await services.GetRequiredService<ConsumerService>().RegisterAsync($"Fault bank {index}", "bank",
            UnifiedSocialCreditCodeValidator.Complete("91370202MA3C8XQL0"), "bench", cancellationToken);
        var key = await services.GetRequiredService<ApiKeyService>().CreateAsync(new ApiKeyOwner(consumer.Id, [Roles.Consumer]), "bench", cancellationToken);
        await services.GetRequiredService<SubscriptionService>().RequestAsync(consumer.Id, FinanceProducts.Verification, FinanceProducts.PayPerUsePlanId, "bench", cancellationToken);
        return (consumer.Id, key!.Value.Key);
    }
}
