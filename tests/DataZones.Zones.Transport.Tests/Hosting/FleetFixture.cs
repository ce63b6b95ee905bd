namespace DataZones.Zones.Transport.Tests.Hosting;

/// <summary>One host per test class with the fixture fleet loaded through the holders' upload path, and a consumer of every product.</summary>
public sealed class FleetFixture : IAsyncLifetime
{
    internal TransportHost Host { get; private set; } = null!;

    public string ConsumerKey { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await TransportHost.StartAsync();
        await TransportTestData.LoadAsync(Host);
        ConsumerKey = await Host.ConsumerAsync();
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public HttpClient Client() => Host.Client(ConsumerKey);
}
