namespace DataZones.Marketplace.Pricing;

/// <summary>
/// One product's charge for one billing period, with the breakdown an invoice line shows. Every amount here is exact
/// except <see cref="Amount"/>, which is <see cref="ExactAmount"/> rounded once to the fen by <see cref="Fen.Round"/>;
/// that is the only rounding point between usage and the invoice.
/// </summary>
/// <param name="PlanId">The plan the line was rated under.</param>
/// <param name="Units">Units used in the period, as metered (including any beyond a hard cap).</param>
/// <param name="Tiers">Pay per use: the tiers that received units, in order. Empty for monthly plans.</param>
/// <param name="IncludedUnitsUsed">Monthly: units covered by the fee.</param>
/// <param name="OverageUnits">Monthly with overage: units charged beyond the included ones.</param>
/// <param name="OverageUnitPrice">Monthly with overage: yuan per overage unit; 0 otherwise.</param>
/// <param name="OverageExactAmount">Overage units × overage price, exact.</param>
/// <param name="UnitsBeyondCap">Monthly with a hard cap: units metered beyond the cap. They are reported, never billed.</param>
/// <param name="MonthlyFee">Monthly: the fee; 0 for pay per use.</param>
/// <param name="ExactAmount">Fee + tier amounts + overage, exact.</param>
/// <param name="Amount">The invoiced amount: <see cref="ExactAmount"/> rounded to the fen.</param>
public sealed record RatedLine(
    string PlanId,
    long Units,
    IReadOnlyList<TierCharge> Tiers,
    long IncludedUnitsUsed,
    long OverageUnits,
    decimal OverageUnitPrice,
    decimal OverageExactAmount,
    long UnitsBeyondCap,
    decimal MonthlyFee,
    decimal ExactAmount,
    decimal Amount)
{
    /// <summary>Units the line charges for (all metered units except those beyond a hard cap).</summary>
    public long BilledUnits => Units - UnitsBeyondCap;
}
