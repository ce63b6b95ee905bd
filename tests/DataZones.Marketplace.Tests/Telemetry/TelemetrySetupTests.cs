using DataZones.Marketplace.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace DataZones.Marketplace.Tests.Telemetry;

public sealed class TelemetrySetupTests
{
    [Fact]
    public void NoExporterConfigured_NoTracingAndNoMetricsPipeline()
    {
        using var services = Build([]);

        Assert.Null(services.GetService<TracerProvider>());
        Assert.Null(services.GetService<MeterProvider>());
    }

    [Fact]
    public void OtlpEndpointConfigured_TracesAreCollected()
    {
        using var services = Build(new() { [TelemetrySetup.OtlpEndpointVariable] = "http://127.0.0.1:4317" });

        Assert.NotNull(services.GetService<TracerProvider>());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) => new ServiceCollection()
        .AddLogging()
        .AddPlatformTelemetry(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
        .BuildServiceProvider();
}
