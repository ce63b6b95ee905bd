using DataZones.Marketplace.Pricing;

namespace DataZones.Marketplace.Billing;

/// <summary>
/// One product on an invoice: the month's units rated under the plan (<see cref="PlanRating.RatePeriod"/>), with
/// the breakdown of <see cref="RatedLine"/>. <see cref="Amount"/> is the only rounded figure (once, by
/// <see cref="Fen.Round"/>); on a credit note every amount is the negation of the cancelled line's.
/// </summary>
/// <param name="LineNumber">1, 2, … in product order.</param>
/// <param name="ProductId">The product.</param>
/// <param name="PlanId">The plan its units were rated under.</param>
/// <param name="Units">Units metered in the period (including any beyond a hard cap).</param>
/// <param name="BilledUnits">Units charged for (all but those beyond a hard cap).</param>
/// <param name="IncludedUnitsUsed">Monthly plans: units covered by the fee.</param>
/// <param name="OverageUnits">Monthly plans with overage: units charged beyond the included ones.</param>
/// <param name="OverageUnitPrice">Yuan per overage unit; 0 otherwise.</param>
/// <param name="UnitsBeyondCap">Hard-capped plans: metered units beyond the cap, listed and not billed.</param>
/// <param name="MonthlyFee">Monthly plans: the fee; 0 for pay per use.</param>
/// <param name="Tiers">Pay per use: the units and exact amount in each graduated tier.</param>
/// <param name="ExactAmount">The exact charge before rounding.</param>
/// <param name="Amount">The charge, a whole number of fen.</param>
/// <param name="SubscriptionId">The subscription whose units the line bills.</param>
/// <param name="PlanVersion">The price-list version the units were used under, which rated them (0: the zone's plans).</param>
/// <param name="MeteredAmount">Σ of the line's usage records' amounts — what its calls were told — exact.</param>
/// <param name="AdjustmentAmount">
/// <c>ExactAmount − MonthlyFee − MeteredAmount</c>, exact: what rating the month as a whole adds to (or takes from)
/// what the calls were told. 0 when every call was priced knowing the month's earlier units; otherwise the calls
/// metered by instances that did not know them (docs/decisions/marginal-amounts.md).
/// </param>
public sealed record InvoiceLine(
    int LineNumber,
    string ProductId,
    string PlanId,
    long Units,
    long BilledUnits,
    long IncludedUnitsUsed,
    long OverageUnits,
    decimal OverageUnitPrice,
    long UnitsBeyondCap,
    decimal MonthlyFee,
    IReadOnlyList<TierCharge> Tiers,
    decimal ExactAmount,
    decimal Amount,
    string SubscriptionId = "",
    int PlanVersion = 0,
    decimal MeteredAmount = 0m,
    decimal AdjustmentAmount = 0m)
{
    /// <summary>
    /// The invoice line for a rated period. Whole-fen amounts are given scale 2 through <see cref="Fen"/> (which
    /// refuses a fraction, so this is not a second rounding point), so that they print as 25000.00, not 25000.
    /// </summary>
    public static InvoiceLine From(int lineNumber, InvoiceLineKey key, RatedLine rated, decimal meteredAmount) => new(
        lineNumber, key.ProductId, rated.PlanId, rated.Units, rated.BilledUnits, rated.IncludedUnitsUsed, rated.OverageUnits,
        rated.OverageUnitPrice, rated.UnitsBeyondCap, Fen.FromFen(Fen.ToFen(rated.MonthlyFee)), rated.Tiers, rated.ExactAmount,
        Fen.FromFen(Fen.ToFen(rated.Amount)), key.SubscriptionId, key.PlanVersion, meteredAmount,
        rated.ExactAmount - rated.MonthlyFee - meteredAmount);

    /// <summary>What the line bills.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public InvoiceLineKey Key => new(ProductId, SubscriptionId, PlanId, PlanVersion);

    /// <summary>The credit-note line that takes this line back: amounts negated, units kept for reference.</summary>
    public InvoiceLine Negated() => this with
    {
        MonthlyFee = -MonthlyFee,
        Tiers = [.. Tiers.Select(t => t with { ExactAmount = -t.ExactAmount })],
        ExactAmount = -ExactAmount,
        Amount = -Amount,
        MeteredAmount = -MeteredAmount,
        AdjustmentAmount = -AdjustmentAmount,
    };
}
