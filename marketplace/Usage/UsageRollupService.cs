using System.Globalization;
using DataZones.Marketplace.Ledger;
using DataZones.Marketplace.Metering;
using DataZones.Marketplace.Persistence;
using DataZones.Marketplace.Time;
using Microsoft.Extensions.Logging;

namespace DataZones.Marketplace.Usage;

/// <summary>
/// Rolls a business day's raw usage records up per consumer × product × subscription × plan × plan version.
/// Idempotent: it recomputes the whole day from
/// the raw records and replaces the day's roll-ups, so running it again — or after late records — gives the same
/// result as running it once at the end. <see cref="ComputeAsync"/> is the same computation without writing, which
/// reconciliation compares with what is stored. Each roll-up records when it began reading, so billing can tell a
/// final day from one rolled up while its records were still arriving (<see cref="RollupFinality"/>).
/// </summary>
public sealed partial class UsageRollupService(ChainRegistry chains, ChainReader reader, UsageRollupStore store, BusinessCalendar calendar,
    TimeProvider time, ILogger<UsageRollupService> logger)
{
    public async Task<IReadOnlyList<UsageRollup>> RollUpAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var readFrom = time.GetUtcNow(); // before the first read: every record durable by then is counted
        var rollups = await ComputeAsync(day, cancellationToken);
        await store.ReplaceDayAsync(day, rollups, readFrom, cancellationToken);
        return rollups;
    }

    /// <summary>
    /// Makes every day of the month's roll-up final before the month is billed: a day never rolled up, or last rolled
    /// up before it was final, is rolled up now. Returns the days recomputed. Called once the month's last day can be
    /// final (the close refuses before then).
    /// </summary>
    public async Task<IReadOnlyList<DateOnly>> FinalizeMonthAsync(DateOnly periodStart, CancellationToken cancellationToken)
    {
        var readFrom = await store.ReadFromAsync(periodStart, cancellationToken);
        var recomputed = new List<DateOnly>();
        for (var day = periodStart; day < periodStart.AddMonths(1); day = day.AddDays(1))
        {
            if (readFrom.TryGetValue(day, out var at) && at >= RollupFinality.FinalFrom(calendar, day)) continue;
            await RollUpAsync(day, cancellationToken);
            recomputed.Add(day);
        }
        return recomputed;
    }

    public async Task<IReadOnlyList<UsageRollup>> ComputeAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var totals = new Dictionary<(string Consumer, string Product, string Subscription, string Plan, int Version), (long Calls, long Units, decimal Amount)>();
        var dayChains = await chains.ListAsync(Keys.Day(day), cancellationToken);
        long records = 0;
        var done = 0;
        foreach (var (chainId, table) in dayChains)
        {
            await foreach (var e in reader.ReadAsync(table, chainId, cancellationToken))
            {
                var key = (e.GetString("ConsumerId")!, e.GetString("ProductId")!, e.GetString("SubscriptionId")!, e.GetString("PlanId")!, UsageEntity.PlanVersion(e));
                var current = totals.GetValueOrDefault(key);
                totals[key] = (current.Calls + 1, current.Units + e.GetInt64("Units")!.Value,
                    current.Amount + decimal.Parse(e.GetString("Amount")!, CultureInfo.InvariantCulture));
                records++;
            }
            LogProgress(logger, day, ++done, dayChains.Count, records);
        }
        return totals.Select(t => new UsageRollup(day, t.Key.Consumer, t.Key.Product, t.Key.Subscription, t.Key.Plan, t.Key.Version,
            t.Value.Calls, t.Value.Units, t.Value.Amount)).ToList();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Roll-up of {Day}: {Done} of {Total} chains read, {Records} records.")]
    private static partial void LogProgress(ILogger logger, DateOnly day, int done, int total, long records);
}
