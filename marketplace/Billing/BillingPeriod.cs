using System.Globalization;

namespace DataZones.Marketplace.Billing;

/// <summary>Billing months as the API writes them (<c>yyyy-MM</c>) and as the services take them (the first day).</summary>
public static class BillingPeriod
{
    /// <summary>Parses <c>yyyy-MM</c> into the month's first day; false for anything else.</summary>
    public static bool TryParse(string? text, out DateOnly periodStart)
    {
        var parsed = DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out periodStart);
        return parsed && periodStart.Year >= 2000;
    }

    /// <summary>Every day of the month that starts on <paramref name="periodStart"/>.</summary>
    public static IEnumerable<DateOnly> Days(DateOnly periodStart)
    {
        for (var day = periodStart; day < periodStart.AddMonths(1); day = day.AddDays(1)) yield return day;
    }

    public static string Format(DateOnly periodStart) => periodStart.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
