using System.Buffers.Text;
using System.Globalization;

namespace DataZones.Zones.Ocean.Output;

/// <summary>
/// Formats a float as the fewest decimals that parse back to exactly the same float — what researchers expect in CSV
/// (<c>3.65</c>, not <c>3.6500001</c>) — fast: gridded ocean values have a few significant decimals, so trying 0 to 6
/// decimals and printing an integer with a point is several times cheaper than the general shortest-round-trip
/// algorithm, which remains the fallback for anything else (very large or small magnitudes, more decimals).
/// </summary>
public static class ShortestDecimal
{
    private const int DecimalsMax = 6;
    private static readonly double[] Powers = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];

    /// <summary>Writes <paramref name="value"/> as UTF-8; false only when <paramref name="destination"/> is too small.</summary>
    public static bool TryFormat(float value, Span<byte> destination, out int written)
    {
        var magnitude = Math.Abs(value);
        if (magnitude is >= 1e-3f and < 1e7f)
        {
            for (var decimals = 0; decimals <= DecimalsMax; decimals++)
            {
                var scaled = Math.Round(value * Powers[decimals]);
                if ((float)(scaled / Powers[decimals]) == value && Math.Abs(scaled) < 1e15)
                {
                    return TryWriteFixed((long)scaled, decimals, destination, out written);
                }
            }
        }
        return value.TryFormat(destination, out written, default, CultureInfo.InvariantCulture);
    }

    // The integer's digits with a point inserted before the last `decimals` of them, zero-padded: 5 and 2 → "0.05".
    private static bool TryWriteFixed(long scaled, int decimals, Span<byte> destination, out int written)
    {
        written = 0;
        if (scaled < 0)
        {
            if (destination.IsEmpty) return false;
            destination[0] = (byte)'-';
            var ok = TryWriteFixed(-scaled, decimals, destination[1..], out var rest);
            written = rest + 1;
            return ok;
        }
        Span<byte> digits = stackalloc byte[24];
        Utf8Formatter.TryFormat(scaled, digits, out var count);
        var integerDigits = Math.Max(1, count - decimals);
        var length = integerDigits + (decimals > 0 ? 1 + decimals : 0);
        if (destination.Length < length) return false;
        var padded = Math.Max(0, decimals + 1 - count); // leading zeros needed: "5" with 2 decimals is "005"
        var source = 0;
        for (var i = 0; i < length; i++)
        {
            if (decimals > 0 && i == integerDigits)
            {
                destination[i] = (byte)'.';
                continue;
            }
            destination[i] = padded > 0 ? (byte)'0' : digits[source++];
            if (padded > 0) padded--;
        }
        written = length;
        return true;
    }
}
