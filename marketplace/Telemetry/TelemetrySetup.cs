using Azure.Monitor.OpenTelemetry.AspNetCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace DataZones.Marketplace.Telemetry;

/// <summary>
/// OpenTelemetry traces and metrics: ASP.NET Core, HttpClient, the Azure SDK's own activity sources and the
/// platform's meters (<see cref="PlatformMetrics"/>). Exported to Azure Monitor when
/// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set (signing in with the managed identity that
/// <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c> names, see <see cref="AzureMonitorAuthentication"/>), to an OTLP collector when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>
/// is set, and nowhere otherwise: then the SDK is not even registered — no span is created, no meter is listened
/// to, and a cold start does not build providers that nothing reads; the meters cost only what a listener reads
/// (<c>dotnet-counters</c>, a test). URL query
/// values (SAS signatures among them) are redacted by the instrumentations' defaults, and no header is recorded.
/// </summary>
public static class TelemetrySetup
{
    public const string ServiceName = "datazones";
    public const string AzureMonitorVariable = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The Azure SDK emits its spans through ActivitySource only behind this switch.</summary>
    private const string AzureActivitySourceSwitch = "Azure.Experimental.EnableActivitySource";

    public static IServiceCollection AddPlatformTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var azureMonitor = !string.IsNullOrWhiteSpace(configuration[AzureMonitorVariable]);
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointVariable]);
        if (!azureMonitor && !otlp) return services;

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(PlatformMetrics.MeterName);
                // The distro adds the ASP.NET Core and HttpClient instrumentation itself.
                if (!azureMonitor) metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (otlp) metrics.AddOtlpExporter();
            });

        // Spans are sampled and built only when something exports them.
        AppContext.SetSwitch(AzureActivitySourceSwitch, true);
        telemetry.WithTracing(tracing =>
        {
            tracing.AddSource("Azure.*");
            if (!azureMonitor) tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
            if (otlp) tracing.AddOtlpExporter();
        });
        if (azureMonitor)
        {
            // Read once, so a malformed setting stops the start rather than the first export.
            var credential = AzureMonitorAuthentication.CredentialFrom(configuration[AzureMonitorAuthentication.Variable]);
            telemetry.UseAzureMonitor(options =>
            {
                options.ConnectionString = configuration[AzureMonitorVariable];
                if (credential is not null) options.Credential = credential;
            });
        }
        return services;
    }
}
