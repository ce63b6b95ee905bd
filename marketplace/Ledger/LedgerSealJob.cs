using DataZones.Marketplace.Scheduling;
using DataZones.Marketplace.Time;

namespace DataZones.Marketplace.Ledger;

/// <summary>Hourly, five minutes past: seals the chains of today and yesterday whose hour has ended.</summary>
public sealed class LedgerSealJob(LedgerSealer sealer, BusinessCalendar calendar, TimeProvider time) : IScheduledJob
{
    public string FunctionName => "LedgerSeal";

    public string Schedule => "0 5 * * * *";

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var today = calendar.DayOf(time.GetUtcNow());
        var sealedYesterday = await sealer.SealAsync(today.AddDays(-1), cancellationToken);
        var sealedToday = await sealer.SealAsync(today, cancellationToken);
        return $"sealed {sealedYesterday + sealedToday} chains ({today.AddDays(-1):yyyy-MM-dd} and {today:yyyy-MM-dd})";
    }
}
