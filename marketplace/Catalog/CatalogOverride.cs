using DataZones.Marketplace.Pricing;

namespace DataZones.Marketplace.Catalog;

/// <summary>The operator's changes to a product: whether it is listed, and plans replacing the zone's.</summary>
public sealed record CatalogOverride(string ProductId, bool Listed, IReadOnlyList<PricePlan>? Plans);
