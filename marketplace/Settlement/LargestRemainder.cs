using System.Globalization;

namespace DataZones.Marketplace.Settlement;

/// <summary>
/// Rounds exact parts of a whole-fen total to the fen so that they add up to the total exactly (largest-remainder,
/// or Hamilton, apportionment): every part is first rounded down to the fen; the fen still missing are then given,
/// one each, to the parts with the largest remainders; equal remainders go to the earlier part. Each part therefore
/// ends up within one fen of its exact value, rounded either down or up.
/// </summary>
internal static class LargestRemainder
{
    /// <param name="totalYuan">A non-negative whole number of fen that the exact parts add up to.</param>
    /// <param name="exactParts">Non-negative exact parts, in tie-break order.</param>
    public static decimal[] Apportion(decimal totalYuan, IReadOnlyList<decimal> exactParts)
    {
        if (totalYuan < 0 || decimal.Truncate(totalYuan * 100m) != totalYuan * 100m)
        {
            throw new ArgumentException($"The total {totalYuan} must be a non-negative whole number of fen.", nameof(totalYuan));
        }

        var floors = new decimal[exactParts.Count];
        for (var i = 0; i < exactParts.Count; i++)
        {
            if (exactParts[i] < 0)
            {
                throw new ArgumentException($"Part {i} is negative: {exactParts[i]}.", nameof(exactParts));
            }

            // Multiplying by 0.01 (rather than dividing by 100) keeps scale 2, so amounts print as 0.70, not 0.7.
            floors[i] = decimal.Floor(exactParts[i] * 100m) * 0.01m;
        }

        // The exact parts add up to the total up to decimal division noise (~1e-26), so the fen missing after rounding
        // down are between 0 and the number of parts; anything else means the parts do not add up to the total.
        var missingFen = (totalYuan - floors.Sum()) * 100m;
        if (missingFen < 0 || missingFen > exactParts.Count || decimal.Truncate(missingFen) != missingFen)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"Parts [{string.Join(", ", exactParts)}] do not add up to {totalYuan}."));
        }

        var order = Enumerable.Range(0, exactParts.Count)
            .OrderByDescending(i => exactParts[i] - floors[i])
            .ThenBy(i => i)
            .Take((int)missingFen);
        foreach (var i in order)
        {
            floors[i] += 0.01m;
        }

        return floors;
    }
}
