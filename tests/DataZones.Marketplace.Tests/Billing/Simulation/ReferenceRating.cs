namespace DataZones.Marketplace.Tests.Billing.Simulation;

/// <summary>
/// Rating written from docs/settlement.md ("Rating"), not from the pricing code: amounts in ten-thousandths of a yuan
/// (prices carry at most four decimals), exact until the one rounding to the fen, half away from zero. The plans are
/// those of <see cref="BillingProducts"/>, restated here as numbers.
/// </summary>
public static class ReferenceRating
{
    /// <summary>The line amount in fen for <paramref name="units"/> of a month under the plan.</summary>
    /// <param name="raised">The raised prices (<see cref="BillingProducts.RaisedProductPlans"/>) rather than the base ones.</param>
    public static long AmountFen(string productId, string planId, long units, bool raised)
    {
        long exact = (planId, raised) switch
        {
            (BillingProducts.Unit, false) => units * 10_000,
            (BillingProducts.Unit, true) => units * 11_000,
            (BillingProducts.Micro, false) => units * 125,
            (BillingProducts.Micro, true) => units * 150,
            (BillingProducts.Tiers, false) => Tiered(units, 5_000, 4_000, 3_000),
            (BillingProducts.Tiers, true) => Tiered(units, 6_000, 4_500, 3_500),
            (BillingProducts.Monthly, false) => 1_000_000 + (Math.Max(0, units - 10) * 20_000),
            (BillingProducts.Monthly, true) => 1_200_000 + (Math.Max(0, units - 10) * 25_000),
            (BillingProducts.Capped, false) => 500_000, // units beyond the 5 included are refused or listed, never billed
            (BillingProducts.Capped, true) => 600_000,
            _ => throw new ArgumentException($"No plan {productId}/{planId}."),
        };
        return (exact + 50) / 100; // exact ≥ 0: half away from zero
    }

    /// <summary>
    /// What a call of <paramref name="units"/> after <paramref name="unitsBefore"/> of the month is told it costs (its
    /// receipt), in ten-thousandths of a yuan, exact: the month's charge without the fee after the call, less before it.
    /// </summary>
    public static long ReceiptExact(string planId, long unitsBefore, long units, bool raised) =>
        WithoutFee(planId, unitsBefore + units, raised) - WithoutFee(planId, unitsBefore, raised);

    /// <summary>The plan's fee in ten-thousandths of a yuan (0 for pay per use).</summary>
    public static long FeeExact(string planId, bool raised) => (planId, raised) switch
    {
        (BillingProducts.Monthly, false) => 1_000_000,
        (BillingProducts.Monthly, true) => 1_200_000,
        (BillingProducts.Capped, false) => 500_000,
        (BillingProducts.Capped, true) => 600_000,
        _ => 0,
    };

    /// <summary>The exact charge of a month's units without the fee, ten-thousandths of a yuan.</summary>
    private static long WithoutFee(string planId, long units, bool raised) => (planId, raised) switch
    {
        (BillingProducts.Unit, false) => units * 10_000,
        (BillingProducts.Unit, true) => units * 11_000,
        (BillingProducts.Micro, false) => units * 125,
        (BillingProducts.Micro, true) => units * 150,
        (BillingProducts.Tiers, false) => Tiered(units, 5_000, 4_000, 3_000),
        (BillingProducts.Tiers, true) => Tiered(units, 6_000, 4_500, 3_500),
        (BillingProducts.Monthly, false) => Math.Max(0, units - 10) * 20_000,
        (BillingProducts.Monthly, true) => Math.Max(0, units - 10) * 25_000,
        (BillingProducts.Capped, _) => 0,
        _ => throw new ArgumentException($"No plan {planId}."),
    };

    /// <summary>Whether the plan owes a fee for every month the subscription is current, used or not.</summary>
    public static bool IsMonthly(string planId) => planId is BillingProducts.Monthly or BillingProducts.Capped;

    /// <summary>Graduated like tax brackets: units 1–10 at the first price, 11–100 at the second, above at the third.</summary>
    private static long Tiered(long units, long first, long second, long third) =>
        (Math.Min(units, 10) * first) + (Math.Clamp(units - 10, 0, 90) * second) + (Math.Max(0, units - 100) * third);
}
