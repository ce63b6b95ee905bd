namespace DataZones.Marketplace.Tests.Billing.Simulation;

/// <summary>
/// Rating written from docs/settlement.md ("Rating"), not from the pricing code: amounts in ten-thousandths of a yuan
/// (prices carry at most four decimals), exact until the one rounding to the fen, half away from zero. The plans are
/// those of <see cref="BillingProducts"/>, restated here as numbers.
/// </summary>
public static class ReferenceRating
{
    /// <summary>The line amount in fen for <paramref name="units"/> of a month under the plan.</summary>
    public static long AmountFen(string productId, string planId, long units)
    {
        long exact = (productId, planId) switch
        {
            (_, BillingProducts.Unit) => units * 10_000,
            (_, BillingProducts.Micro) => units * 125,
            (_, BillingProducts.Tiers) => Tiered(units),
            (_, BillingProducts.Monthly) => 1_000_000 + (Math.Max(0, units - 10) * 20_000),
            (_, BillingProducts.Capped) => 500_000, // units beyond the 5 included are refused or listed, never billed
            _ => throw new ArgumentException($"No plan {productId}/{planId}."),
        };
        return (exact + 50) / 100; // exact ≥ 0: half away from zero
    }

    /// <summary>Whether the plan owes a fee for every month the subscription is current, used or not.</summary>
    public static bool IsMonthly(string planId) => planId is BillingProducts.Monthly or BillingProducts.Capped;

    /// <summary>Graduated like tax brackets: units 1–10 at ¥0.50, 11–100 at ¥0.40, above at ¥0.30.</summary>
    private static long Tiered(long units) =>
        (Math.Min(units, 10) * 5_000) + (Math.Clamp(units - 10, 0, 90) * 4_000) + (Math.Max(0, units - 100) * 3_000);
}
