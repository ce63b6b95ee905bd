using DataZones.Marketplace.Pricing;

namespace DataZones.Marketplace.Catalog;

/// <summary>
/// A product with the operator's overrides applied: whether it is listed, and every version of its price list
/// (<see cref="PriceLists"/>, oldest first, version 0 the zone's own). Which plans apply depends on the instant asked
/// about, never on when the question is asked: a call is priced, and billed, by the version in force when it was made.
/// </summary>
public sealed record CatalogProduct(ProductDescriptor Descriptor, bool Listed, IReadOnlyList<PriceList> PriceLists)
{
    public string Id => Descriptor.Id;

    /// <summary>The price list in force at <paramref name="at"/>: the latest effective on or before it.</summary>
    public PriceList PriceListAt(DateTimeOffset at) =>
        PriceLists.Where(p => p.EffectiveFrom <= at).MaxBy(p => (p.EffectiveFrom, p.Version))
            ?? throw new InvalidOperationException($"Product '{Id}' has no price list in force at {at:O}; version 0 is in force from the beginning.");

    /// <summary>The plans on offer at <paramref name="at"/>.</summary>
    public IReadOnlyList<PricePlan> PlansAt(DateTimeOffset at) => PriceListAt(at).Plans;

    /// <summary>The plan as the version in force at <paramref name="at"/> defines it, or null when that version does not offer it.</summary>
    public VersionedPlan? FindPlan(string planId, DateTimeOffset at)
    {
        var list = PriceListAt(at);
        return list.FindPlan(planId) is { } plan ? new VersionedPlan(plan, list.Version) : null;
    }

    /// <summary>The plan as version <paramref name="version"/> defined it, or null when there is no such version or plan.</summary>
    public PricePlan? FindPlan(string planId, int version) =>
        PriceLists.FirstOrDefault(p => p.Version == version)?.FindPlan(planId);

    /// <summary>Versions saved to take effect after <paramref name="now"/>, soonest first.</summary>
    public IReadOnlyList<PriceList> ScheduledAfter(DateTimeOffset now) => [.. PriceLists.Where(p => p.EffectiveFrom > now).OrderBy(p => p.EffectiveFrom)];
}
