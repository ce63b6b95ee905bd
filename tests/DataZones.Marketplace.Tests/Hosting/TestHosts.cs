using DataZones.Testing;

namespace DataZones.Marketplace.Tests.Hosting;

/// <summary>Starts a marketplace test host with the test zone.</summary>
public static class TestHosts
{
    public static Task<MarketplaceTestHost> StartAsync(IDictionary<string, string?>? settings = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null) =>
        MarketplaceTestHost.StartAsync((s, _) => s.AddTestZone(), e => e.MapTestZone(), settings, services);
}
