using DataZones.Marketplace.Pricing;

namespace DataZones.Marketplace.Catalog;

/// <summary>
/// One version of a product's price plans. Versions are never edited: a price change is a new version that takes
/// effect at the start of a later business month (<see cref="EffectiveFrom"/>), so what a call was priced at stays
/// what it is billed at. Version 0 is the zone's own plans, in force from the beginning of time until the operator's
/// first version takes effect.
/// </summary>
/// <param name="Version">0 for the zone's plans; 1, 2, … for the operator's versions, in the order they were saved.</param>
/// <param name="EffectiveFrom">The instant it takes effect: the start of a business month (the zone's plans: <see cref="DateTimeOffset.MinValue"/>).</param>
/// <param name="Plans">The plans a consumer may subscribe and be billed under while it is in force.</param>
public sealed record PriceList(int Version, DateTimeOffset EffectiveFrom, IReadOnlyList<PricePlan> Plans)
{
    public PricePlan? FindPlan(string planId) => Plans.FirstOrDefault(p => p.Id == planId);
}
