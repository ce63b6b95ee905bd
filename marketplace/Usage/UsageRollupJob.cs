using DataZones.Marketplace.Scheduling;
using DataZones.Marketplace.Time;

namespace DataZones.Marketplace.Usage;

/// <summary>Hourly, ten minutes past: rolls up yesterday (final once its late records are in) and today so far.</summary>
public sealed class UsageRollupJob(UsageRollupService rollups, BusinessCalendar calendar, TimeProvider time) : IScheduledJob
{
    public string FunctionName => "UsageRollup";

    public string Schedule => "0 10 * * * *";

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var today = calendar.DayOf(time.GetUtcNow());
        var yesterday = await rollups.RollUpAsync(today.AddDays(-1), cancellationToken);
        var todaySoFar = await rollups.RollUpAsync(today, cancellationToken);
        return $"rolled up {yesterday.Count} consumer×product rows for {today.AddDays(-1):yyyy-MM-dd} and {todaySoFar.Count} for {today:yyyy-MM-dd}";
    }
}
