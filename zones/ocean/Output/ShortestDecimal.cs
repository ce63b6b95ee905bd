using System.Globalization;
using System.Numerics;

namespace DataZones.Zones.Ocean.Output;

/// <summary>
/// Formats a float as the fewest decimals that parse back to exactly the same float — what researchers expect in CSV
/// (<c>3.65</c>, not <c>3.6500001</c>) — fast: gridded ocean values have a few significant decimals, so trying 0 to 7
/// decimals and printing an integer with a point is several times cheaper than the general shortest-round-trip
/// algorithm, which remains the fallback for anything else (very large or small magnitudes, more decimals). The
/// result is the framework's own shortest form wherever the fast path applies (a property test holds it to that).
/// </summary>
public static class ShortestDecimal
{
    private const int DecimalsMax = 7;
    private static readonly ulong[] PowersOfTen = [.. Enumerable.Range(0, 20).Select(i => (ulong)Math.Pow(10, i))]; // exact up to 10^19
    private static readonly double[] Powers = [.. PowersOfTen.Take(DecimalsMax + 1).Select(p => (double)p)];

    /// <summary>Writes <paramref name="value"/> as UTF-8; false only when <paramref name="destination"/> is too small.</summary>
    public static bool TryFormat(float value, Span<byte> destination, out int written)
    {
        double exact = value;
        var magnitude = Math.Abs(exact);
        if (magnitude is >= 1e-3 and < 1e7 && FewestDecimals(exact, HalfSpacing(value)) is var decimals and <= DecimalsMax)
        {
            var rounded = Math.Round(exact * Powers[decimals]);
            if ((float)(rounded / Powers[decimals]) == value)
            {
                return TryWriteFixed(rounded, decimals, destination, out written);
            }
        }
        return value.TryFormat(destination, out written, default, CultureInfo.InvariantCulture);
    }

    // The fewest decimals d whose nearest d-decimal number lies within half the float's spacing of it (so parses back
    // to it), or more than DecimalsMax: a multiply and a subtraction per candidate, where testing the round trip would
    // take a division. The bound is a little generous (the spacing below a power of two is half), so the caller's
    // exact test has the last word.
    private static int FewestDecimals(double exact, double halfSpacing)
    {
        var bound = halfSpacing * (1 + 1e-9);
        for (var decimals = 0; decimals <= DecimalsMax; decimals++)
        {
            var scaled = exact * Powers[decimals];
            if (Math.Abs(Math.Round(scaled) - scaled) <= bound * Powers[decimals])
            {
                return decimals;
            }
        }
        return DecimalsMax + 1;
    }

    // Half the distance to the next float up from a normal float: 2^(exponent − 24).
    private static double HalfSpacing(float value)
    {
        var exponent = (BitConverter.SingleToInt32Bits(value) >> 23) & 0xFF;
        return BitConverter.Int64BitsToDouble((long)(exponent - 127 - 24 + 1023) << 52);
    }

    // The integer's digits with a point before the last `decimals` of them, zero-padded: 5 and 2 → "0.05". Only
    // constant divisors (10, 100), which compile to multiplications.
    private static bool TryWriteFixed(double rounded, int decimals, Span<byte> destination, out int written)
    {
        var sign = rounded < 0 ? 1 : 0;
        var scaled = (ulong)Math.Abs(rounded); // below 1e14: 1e7 × 10^7
        var integerDigits = Math.Max(1, DigitCount(scaled) - decimals);
        var length = sign + integerDigits + (decimals > 0 ? 1 + decimals : 0);
        if (destination.Length < length)
        {
            written = 0;
            return false;
        }
        if (sign == 1)
        {
            destination[0] = (byte)'-';
        }
        if (decimals > 0)
        {
            scaled = WriteLowDigits(scaled, destination.Slice(length - decimals, decimals));
            destination[length - decimals - 1] = (byte)'.';
        }
        WriteLowDigits(scaled, destination.Slice(sign, integerDigits));
        written = length;
        return true;
    }

    // The decimal digits of a number, at least one: a guess from its bit length, corrected by one comparison.
    private static int DigitCount(ulong value)
    {
        value |= 1; // zero has one digit; setting the lowest bit never crosses a power of ten
        var guess = (64 - BitOperations.LeadingZeroCount(value)) * 1233 >> 12;
        return guess + (value >= PowersOfTen[guess] ? 1 : 0);
    }

    // Writes the lowest digits of the number right-aligned into exactly the destination's length, zero-padded, two
    // per division; returns the number left above them.
    private static ulong WriteLowDigits(ulong value, Span<byte> destination)
    {
        var at = destination.Length;
        while (at >= 2)
        {
            (value, var pair) = Math.DivRem(value, 100UL);
            at -= 2;
            TwoDigits.Slice((int)pair * 2, 2).CopyTo(destination[at..]);
        }
        if (at == 1)
        {
            (value, var digit) = Math.DivRem(value, 10UL);
            destination[0] = (byte)('0' + digit);
        }
        return value;
    }

    private static ReadOnlySpan<byte> TwoDigits => "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"u8;
}
