using DataZones.Marketplace.Pricing;

namespace DataZones.Marketplace.Catalog;

/// <summary>A plan as one version of its product's price list defines it: what a usage record names and billing rates under.</summary>
public sealed record VersionedPlan(PricePlan Plan, int Version);
