using System.Globalization;

namespace DataZones.Marketplace.Pricing;

/// <summary>
/// The fen (分, ¥0.01), the smallest amount that is ever invoiced or settled. Every rounding of money to the fen in
/// the marketplace goes through <see cref="Round"/>, so there is exactly one rounding rule.
/// </summary>
/// <remarks>
/// Rounding is half away from zero (四舍五入), not half to even: it is the rule Chinese invoicing software and a
/// consumer checking a line by hand both apply, and the usual argument for half-to-even (no drift when many rounded
/// values are summed) does not arise here, because an amount is rounded once per invoice line and rounded values are
/// never rounded again. Half away from zero is symmetric, so a credit of −x rounds to exactly −Round(x).
/// </remarks>
public static class Fen
{
    /// <summary>One fen in yuan.</summary>
    public const decimal OneFen = 0.01m;

    /// <summary>The midpoint rule used by <see cref="Round"/>.</summary>
    public const MidpointRounding Midpoint = MidpointRounding.AwayFromZero;

    /// <summary>Rounds an exact yuan amount to the fen, half away from zero.</summary>
    public static decimal Round(decimal exactYuan) => decimal.Round(exactYuan, 2, Midpoint);

    /// <summary>Whether the amount is a whole number of fen (no fraction of a fen).</summary>
    public static bool IsWhole(decimal yuan) => decimal.Truncate(yuan * 100m) == yuan * 100m;

    /// <summary>The amount in fen. Throws if the amount has a fraction of a fen: callers round first, on purpose.</summary>
    public static long ToFen(decimal yuan)
    {
        if (!IsWhole(yuan))
        {
            throw new ArgumentException($"{yuan.ToString(CultureInfo.InvariantCulture)} is not a whole number of fen.", nameof(yuan));
        }

        return decimal.ToInt64(yuan * 100m);
    }

    /// <summary>The yuan amount of a number of fen, always with two decimal places (scale 2).</summary>
    public static decimal FromFen(long fen) => fen * OneFen;

    /// <summary>
    /// Formats a whole-fen amount as "0.00" in the invariant culture (e.g. "14500.00", "-0.05"). Throws on a fraction
    /// of a fen, so that formatting can never be a hidden second rounding point.
    /// </summary>
    public static string Format(decimal yuan)
    {
        if (!IsWhole(yuan))
        {
            throw new ArgumentException($"{yuan.ToString(CultureInfo.InvariantCulture)} is not a whole number of fen; round it first.", nameof(yuan));
        }

        return yuan.ToString("0.00", CultureInfo.InvariantCulture);
    }

    /// <summary>Parses an invariant-culture amount such as "12.30"; false unless it is a whole number of fen.</summary>
    public static bool TryParse(string? text, out decimal yuan)
    {
        var parsed = decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out yuan);
        return parsed && IsWhole(yuan);
    }
}
