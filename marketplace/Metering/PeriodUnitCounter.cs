using System.Collections.Concurrent;

namespace DataZones.Marketplace.Metering;

/// <summary>
/// The units this instance has metered in the current business month per subscription × plan × plan version — the
/// "units already used" from which a call's marginal amount is priced (docs/decisions/marginal-amounts.md). Only
/// this instance's calls are counted, from 0 when it first meets the line in the month: calls metered by other
/// instances, or before this one started, are unknown here, and the invoice line's adjustment makes up the
/// difference. Bounded: past months are dropped when a new month is first seen, and the whole count is dropped if it
/// ever holds <see cref="EntriesMax"/> lines (which costs nothing but a larger adjustment).
/// </summary>
public sealed class PeriodUnitCounter
{
    /// <summary>Lines counted at most (one per subscription metered this month by this instance).</summary>
    public const int EntriesMax = 200_000;

    private readonly ConcurrentDictionary<PeriodLine, long> units = new();
    private string currentMonth = "";

    /// <summary>Counts <paramref name="count"/> units on the line and returns the units counted on it before them.</summary>
    public long Take(PeriodLine line, long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Forget(line.Month);
        var after = units.AddOrUpdate(line, count, (_, before) => checked(before + count));
        return after - count;
    }

    /// <summary>Gives back units whose call was not metered after all, so later calls are not priced as if they had been.</summary>
    public void Return(PeriodLine line, long count) => units.AddOrUpdate(line, 0, (_, before) => Math.Max(0, before - count));

    private void Forget(string month)
    {
        if (string.CompareOrdinal(month, Volatile.Read(ref currentMonth)) > 0)
        {
            Volatile.Write(ref currentMonth, month);
            foreach (var old in units.Keys.Where(k => string.CompareOrdinal(k.Month, month) < 0)) units.TryRemove(old, out _);
        }
        if (units.Count >= EntriesMax) units.Clear();
    }
}
