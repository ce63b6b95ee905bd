using System.Globalization;

namespace DataZones.Marketplace.Persistence;

/// <summary>Row and partition key pieces shared by the stores.</summary>
public static class Keys
{
    /// <summary>A day as <c>yyyyMMdd</c>: sortable, and valid inside a table name.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>A month as <c>yyyyMM</c>.</summary>
    public static string Month(DateOnly day) => day.ToString("yyyyMM", CultureInfo.InvariantCulture);

    /// <summary>
    /// Table Storage forbids <c>/ \ # ?</c> and control characters in keys. Ids the platform makes never contain
    /// them; this guards ids that come from outside (a route value) before they become part of a key.
    /// </summary>
    public static bool IsSafe(string value) =>
        value.Length is > 0 and <= 256 && !value.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
}
