using System.Globalization;
using DataZones.Marketplace.Usage;
using Microsoft.Extensions.Logging;

namespace DataZones.Marketplace.Billing;

/// <summary>
/// Checks a month's roll-ups against the raw usage records: each day is recomputed from its ledger chains
/// (<see cref="UsageRollupService.ComputeAsync"/>) and compared with both stored copies — the day partition and each
/// consumer's partition, which is the one the close reads.
/// </summary>
public sealed partial class UsageReconciler(UsageRollupService rollups, UsageRollupStore store, ILogger<UsageReconciler> logger)
{
    /// <summary>Adds mismatches; returns the roll-up rows checked and the month's rolled-up usage by consumer (as stored for the close).</summary>
    public async Task<(int Checked, IReadOnlyDictionary<string, IReadOnlyList<UsageRollup>> ByConsumer)> CheckAsync(
        DateOnly periodStart, IEnumerable<string> knownConsumers, List<ReconciliationMismatch> mismatches, CancellationToken cancellationToken)
    {
        var recomputed = new Dictionary<(DateOnly, string, string), UsageRollup>();
        var consumers = new HashSet<string>(knownConsumers, StringComparer.Ordinal);
        var checkedRows = 0;
        foreach (var day in BillingPeriod.Days(periodStart))
        {
            var raw = await rollups.ComputeAsync(day, cancellationToken);
            foreach (var r in raw) recomputed[(day, r.ConsumerId, r.LineKey)] = r;
            var stored = await store.ForDayAsync(day, cancellationToken);
            consumers.UnionWith(raw.Select(r => r.ConsumerId).Concat(stored.Select(r => r.ConsumerId)));
            checkedRows += Compare("rollup-vs-raw", raw, stored, mismatches);
            LogDay(logger, day, raw.Count);
        }
        var byConsumer = new Dictionary<string, IReadOnlyList<UsageRollup>>(StringComparer.Ordinal);
        foreach (var consumer in consumers.Order(StringComparer.Ordinal))
        {
            var stored = await store.ForConsumerAsync(consumer, periodStart, periodStart.AddMonths(1).AddDays(-1), cancellationToken);
            byConsumer[consumer] = stored;
            var raw = recomputed.Values.Where(r => r.ConsumerId == consumer).ToList();
            checkedRows += Compare("consumer-rollup-vs-raw", raw, stored, mismatches);
        }
        return (checkedRows, byConsumer);
    }

    private static int Compare(string check, IReadOnlyList<UsageRollup> raw, IReadOnlyList<UsageRollup> stored, List<ReconciliationMismatch> mismatches)
    {
        var storedByKey = stored.ToDictionary(r => (r.Day, r.ConsumerId, r.LineKey));
        foreach (var r in raw)
        {
            var found = storedByKey.GetValueOrDefault((r.Day, r.ConsumerId, r.LineKey));
            if (found != r) // record equality: decimal equality ignores scale (0.1 = 0.10)
            {
                mismatches.Add(new(check, Subject(r), Describe(r), found is null ? "no roll-up" : Describe(found)));
            }
        }
        var rawKeys = raw.Select(r => (r.Day, r.ConsumerId, r.LineKey)).ToHashSet();
        foreach (var s in stored.Where(s => !rawKeys.Contains((s.Day, s.ConsumerId, s.LineKey))))
        {
            mismatches.Add(new(check, Subject(s), "no usage records", Describe(s)));
        }
        return Math.Max(raw.Count, stored.Count);
    }

    private static string Subject(UsageRollup r) => $"{r.Day:yyyy-MM-dd} {r.ConsumerId} {r.ProductId} {r.SubscriptionId}";

    private static string Describe(UsageRollup r) =>
        string.Create(CultureInfo.InvariantCulture, $"plan {r.PlanId} v{r.PlanVersion}, {r.Calls} calls, {r.Units} units, ¥{r.Amount}");

    [LoggerMessage(Level = LogLevel.Information, Message = "Reconciliation: usage of {Day} recomputed from raw records ({Rows} consumer×product rows).")]
    private static partial void LogDay(ILogger logger, DateOnly day, int rows);
}
