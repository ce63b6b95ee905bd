using System.Security.Cryptography;
using DataZones.Bench.Hosting;
using DataZones.Zones.Finance;
using DataZones.Zones.Finance.DemoData;

namespace DataZones.Bench.ColdStart;

/// <summary>
/// What the started app finds in storage, made beforehand by the platform's own services (deployment's bootstrap
/// path): a few enterprises, a consumer subscribed to enterprise verification with an API key, and the settings a
/// Production deployment has (its own table prefix, identifier hashing key and receipt signing key).
/// </summary>
public sealed record ColdStartSeed(IReadOnlyDictionary<string, string> Environment, string ApiKey, byte[] PaidBody)
{
    private const int Enterprises = 20;

    public static async Task<ColdStartSeed> CreateAsync(string storageConnectionString, CancellationToken cancellationToken)
    {
        using var signingKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var prefix = "cold" + Guid.NewGuid().ToString("N")[..8];
        var settings = new Dictionary<string, string>
        {
            ["Storage:ConnectionString"] = storageConnectionString,
            ["Persistence:TablePrefix"] = prefix,
            // What the deployment sets for the Jobs function's queue trigger: the queue the app writes jobs to.
            ["DATAZONES_JOB_QUEUE"] = prefix + "-jobs",
            ["Receipts:SigningKeyPem"] = signingKey.ExportPkcs8PrivateKeyPem(),
        };
        foreach (var (name, key) in Hosting.ZoneHashKeys.Fresh()) settings[name] = key;
        await using var app = await BenchApp.StartAsync(storageConnectionString, (services, configuration) => services.AddFinanceZone(configuration),
            endpoints => endpoints.MapFinanceZone(), settings.ToDictionary(s => s.Key, s => (string?)s.Value));
        var registry = FinanceBenchmark.Registry(new FinanceDemoData(42, new DateOnly(2026, 11, 16), Enterprises));
        await FinanceBenchmark.LoadRegistryAsync(app.Services, registry, cancellationToken);
        var apiKey = await FinanceBenchmark.ConsumerKeyAsync(app.Services, cancellationToken);
        // As the Functions host passes app settings: environment variables, '__' for ':'.
        var environment = settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);
        return new ColdStartSeed(environment, apiKey, FinanceBenchmark.Bodies(registry)[0]);
    }
}
