using DataZones.Marketplace.Scheduling;
using DataZones.Marketplace.Time;

namespace DataZones.Marketplace.Usage;

/// <summary>
/// Every ten minutes from two past (:02, :12, … :52, clear of the other jobs' minutes): rolls up today so far, so a consumer's usage of the day is at most about ten minutes behind, and yesterday until
/// one of its roll-ups is final (read after its late records were in) — then yesterday is left alone.
/// </summary>
public sealed class UsageRollupJob(UsageRollupService rollups, UsageRollupStore store, BusinessCalendar calendar, TimeProvider time) : IScheduledJob
{
    public string FunctionName => "UsageRollup";

    public string Schedule => "0 2-59/10 * * * *";

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var today = calendar.DayOf(time.GetUtcNow());
        var yesterday = today.AddDays(-1);
        var readFrom = await store.ReadFromAsync(BusinessCalendar.MonthOf(yesterday), cancellationToken);
        var yesterdayFinal = readFrom.TryGetValue(yesterday, out var at) && at >= RollupFinality.FinalFrom(calendar, yesterday);
        var yesterdayLine = "";
        if (!yesterdayFinal)
        {
            var rows = await rollups.RollUpAsync(yesterday, cancellationToken);
            yesterdayLine = $"{rows.Count} consumer×product rows for {yesterday:yyyy-MM-dd} and ";
        }
        var todaySoFar = await rollups.RollUpAsync(today, cancellationToken);
        return $"rolled up {yesterdayLine}{todaySoFar.Count} for {today:yyyy-MM-dd}";
    }
}
