using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace DataZones.Marketplace.Telemetry;

/// <summary>
/// The platform's own meters (meter <see cref="MeterName"/>), created through the host's <see cref="IMeterFactory"/>.
/// Names carry their unit. Tags are low-cardinality and never identify a caller: zone, product, operation, outcome
/// (the problem type's code, or <c>answered</c>/<c>replayed</c>), cache and job names — no key, token, consumer,
/// request id or personal identifier.
/// </summary>
public sealed class PlatformMetrics
{
    public const string MeterName = "DataZones.Marketplace";

    private readonly Counter<long> paidCalls;
    private readonly Counter<long> unitsCharged;
    private readonly Histogram<double> meteringLatency;
    private readonly Histogram<int> batchSize;
    private readonly Counter<long> quotaBlocks;
    private readonly Counter<long> cacheHits;
    private readonly Counter<long> cacheMisses;
    private readonly Counter<long> jobItems;
    private readonly Counter<long> jobRuns;

    public PlatformMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        paidCalls = meter.CreateCounter<long>("datazones.paid_calls_total", "{call}", "Paid calls, by zone, product, operation and outcome.");
        unitsCharged = meter.CreateCounter<long>("datazones.units_charged_total", "{unit}", "Units charged on answered paid calls.");
        meteringLatency = meter.CreateHistogram<double>("datazones.metering.latency_seconds", "s",
            "From a usage record joining the group-commit queue to its batch being durable.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5] });
        batchSize = meter.CreateHistogram<int>("datazones.metering.batch_size_records", "{record}", "Usage records per group-commit transaction.",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 5, 10, 20, 50, 100] });
        quotaBlocks = meter.CreateCounter<long>("datazones.quota.blocks_claimed_total", "{block}", "Quota blocks (leases) claimed from period counters.");
        cacheHits = meter.CreateCounter<long>("datazones.cache.hits_total", "{lookup}", "In-memory cache lookups answered from the cache.");
        cacheMisses = meter.CreateCounter<long>("datazones.cache.misses_total", "{lookup}", "In-memory cache lookups that went to storage.");
        jobItems = meter.CreateCounter<long>("datazones.job.items_processed_total", "{item}", "Items a background job has processed (rows, time steps).");
        jobRuns = meter.CreateCounter<long>("datazones.job.runs_total", "{run}", "Background job runs that ended, by job and outcome.");
    }

    /// <summary>A paid call ended with <paramref name="outcome"/>; <paramref name="units"/> were charged (0 unless answered).</summary>
    public void PaidCall(string productId, string operationId, string outcome, long units)
    {
        var tags = new TagList { { "zone", ZoneOf(productId) }, { "product", productId }, { "operation", operationId }, { "outcome", outcome } };
        paidCalls.Add(1, tags);
        if (units > 0) unitsCharged.Add(units, tags);
    }

    public void Metered(TimeSpan latency) => meteringLatency.Record(latency.TotalSeconds);

    public void BatchCommitted(int records) => batchSize.Record(records);

    public void QuotaBlockClaimed() => quotaBlocks.Add(1);

    public void CacheLookup(string cache, bool hit) => (hit ? cacheHits : cacheMisses).Add(1, new KeyValuePair<string, object?>("cache", cache));

    public void JobProgress(string job, long items) => jobItems.Add(items, new KeyValuePair<string, object?>("job", job));

    public void JobEnded(string job, string outcome) =>
        jobRuns.Add(1, new KeyValuePair<string, object?>("job", job), new KeyValuePair<string, object?>("outcome", outcome));

    // Product ids are zone.name (ProductDescriptor), so the zone needs no lookup.
    private static string ZoneOf(string productId) => productId.IndexOf('.', StringComparison.Ordinal) is var dot and > 0 ? productId[..dot] : productId;
}
