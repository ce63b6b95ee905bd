using DataZones.Marketplace.Access;
using DataZones.Marketplace.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace DataZones.Bench.Hosting;

/// <summary>
/// The marketplace in a real Kestrel server on 127.0.0.1 (a free port), on the benchmark's Azurite, with the zone
/// under measurement and its own table prefix. Logging is kept to warnings so that it does not dominate the figures;
/// the rate limit is lifted because a benchmark measures capacity, not the protection.
/// </summary>
public sealed class BenchApp : IAsyncDisposable
{
    private readonly WebApplication app;

    private BenchApp(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    public Uri Address { get; }

    public IServiceProvider Services => app.Services;

    public static async Task<BenchApp> StartAsync(string storageConnectionString, Action<IServiceCollection, IConfiguration> zoneServices,
        Action<IEndpointRouteBuilder> zoneEndpoints, IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = storageConnectionString,
            ["Persistence:TablePrefix"] = "bench" + Guid.NewGuid().ToString("N")[..8],
            ["Receipts:AllowGeneratedKey"] = "true",
            ["RateLimit:PermitsPerSecond"] = "1000000",
            ["RateLimit:BurstPermits"] = "1000000",
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddMarketplace(builder.Configuration);
        zoneServices(builder.Services, builder.Configuration);
        var app = builder.Build();
        app.UseMarketplace();
        app.MapMarketplace();
        zoneEndpoints(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BenchApp(app, new Uri(address));
    }

    /// <summary>An operator key, created directly (deployment's bootstrap path).</summary>
    public async Task<string> OperatorKeyAsync() =>
        (await Services.GetRequiredService<ApiKeyService>().CreateAsync(new ApiKeyOwner("operator", [Roles.Operator]), "bench", CancellationToken.None))!.Value.Key;

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
