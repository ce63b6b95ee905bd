using System.Net;
using System.Net.Http.Json;
using DataZones.Marketplace.Telemetry;
using DataZones.Marketplace.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace DataZones.Marketplace.Tests.Telemetry;

/// <summary>
/// The platform's meters as an operator's exporter sees them: through the OpenTelemetry SDK with an in-memory
/// exporter, after real paid calls. Other tests' hosts may add to the same meters in parallel, so counts are
/// checked as lower bounds on this test's own tag sets.
/// </summary>
public sealed class PlatformMetricsTests
{
    [Fact]
    public async Task PaidCalls_AreCountedByOutcomeWithUnitsAndMeteringFigures_AndNoTagIdentifiesTheCaller()
    {
        var exported = new List<Metric>();
        await using var host = await TestHosts.StartAsync(services: s => s
            .AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(PlatformMetrics.MeterName).AddInMemoryExporter(exported)));
        var operatorKey = await host.OperatorKeyAsync();
        var (consumerId, key, subscriptionId) = await host.SubscribedConsumerAsync(operatorKey, TestZone.EchoProduct, TestZone.PayPerUsePlanId);
        using var client = host.Client(key);

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/zones/test/batch", new { items = new[] { "a", "b", "c" } })).StatusCode);
        using var unsubscribed = host.Client((await host.NewConsumerAsync(operatorKey)).Key);
        Assert.Equal(HttpStatusCode.Forbidden, (await unsubscribed.PostAsJsonAsync("/zones/test/echo", new { text = "x" })).StatusCode);
        host.Services.GetRequiredService<MeterProvider>().ForceFlush();

        var calls = Points(exported, "datazones.paid_calls_total");
        Assert.Contains(calls, p => p.Sum >= 1 && p.Has("zone", "test") && p.Has("product", TestZone.EchoProduct) && p.Has("operation", "batch") && p.Has("outcome", "answered"));
        Assert.Contains(calls, p => p.Sum >= 1 && p.Has("operation", "echo") && p.Has("outcome", "no-subscription"));
        Assert.Contains(Points(exported, "datazones.units_charged_total"), p => p.Sum >= 3 && p.Has("operation", "batch"));
        Assert.Contains(Points(exported, "datazones.metering.latency_seconds"), p => p.Count >= 1);
        Assert.Contains(Points(exported, "datazones.metering.batch_size_records"), p => p.Count >= 1);
        Assert.Contains(Points(exported, "datazones.cache.misses_total"), p => p.Has("cache", "api-keys"));

        var tagValues = exported.SelectMany(m => Points(exported, m.Name)).SelectMany(p => p.Tags.Select(t => t.Value)).ToList();
        Assert.NotEmpty(tagValues);
        Assert.DoesNotContain(tagValues, v => v.Contains(consumerId, StringComparison.Ordinal) || v.Contains(subscriptionId, StringComparison.Ordinal)
            || key.Contains(v, StringComparison.Ordinal) && v.Length > 8);
    }

    private sealed record Point(IReadOnlyList<KeyValuePair<string, string>> Tags, long Sum, long Count)
    {
        public bool Has(string name, string value) => Tags.Contains(new KeyValuePair<string, string>(name, value));
    }

    private static List<Point> Points(List<Metric> exported, string name)
    {
        var points = new List<Point>();
        foreach (var metric in exported.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                var tags = new List<KeyValuePair<string, string>>();
                foreach (var tag in point.Tags) tags.Add(new(tag.Key, Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture) ?? ""));
                var histogram = metric.MetricType == MetricType.Histogram;
                points.Add(new Point(tags, histogram ? 0 : point.GetSumLong(), histogram ? point.GetHistogramCount() : 0));
            }
        }
        return points;
    }
}
