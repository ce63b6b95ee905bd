using System.Text.Json.Serialization;
using DataZones.Marketplace.Pricing;

namespace DataZones.Marketplace.Catalog;

/// <summary>
/// A price plan as JSON — in the catalog API, in the operator's override requests, and in stored overrides.
/// <c>kind</c> is <c>pay-per-use</c> (with <c>tiers</c>) or <c>monthly</c> (with <c>monthlyFee</c>,
/// <c>includedUnits</c> and <c>overageUnitPrice</c>, null for a hard cap). Amounts are decimal yuan.
/// </summary>
public sealed record PricePlanDocument(
    string Id,
    string Kind,
    IReadOnlyList<PriceTierDocument>? Tiers = null,
    decimal? MonthlyFee = null,
    long? IncludedUnits = null,
    decimal? OverageUnitPrice = null)
{
    public const string PayPerUseKind = "pay-per-use";
    public const string MonthlyKind = "monthly";

    [JsonIgnore]
    public bool IsKnownKind => Kind is PayPerUseKind or MonthlyKind;

    public static PricePlanDocument From(PricePlan plan) => plan switch
    {
        PayPerUsePlan p => new(p.Id, PayPerUseKind, p.Tiers.Select(t => new PriceTierDocument(t.UpToUnits, t.UnitPrice)).ToList()),
        MonthlyPlan m => new(m.Id, MonthlyKind, null, m.MonthlyFee, m.IncludedUnits, m.OverageUnitPrice),
        _ => throw new InvalidOperationException($"Unknown plan type {plan.GetType().Name}."),
    };

    /// <summary>The plan; callers check <see cref="IsKnownKind"/> and then <see cref="PricePlan.Validate"/>.</summary>
    public PricePlan ToPlan() => Kind switch
    {
        PayPerUseKind => new PayPerUsePlan(Id, (Tiers ?? []).Select(t => new PriceTier(t.UpToUnits, t.UnitPrice)).ToList()),
        MonthlyKind => new MonthlyPlan(Id, MonthlyFee ?? 0m, IncludedUnits ?? 0, OverageUnitPrice),
        _ => throw new InvalidOperationException($"Unknown plan kind '{Kind}'."),
    };
}

/// <summary>One graduated tier: units up to and including <c>upToUnits</c> (null: and above) at <c>unitPrice</c>.</summary>
public sealed record PriceTierDocument(long? UpToUnits, decimal UnitPrice);
