using DataZones.Marketplace.Pricing;

namespace DataZones.Marketplace.Catalog;

/// <summary>A product as it is on offer now: its descriptor with the operator's overrides applied.</summary>
public sealed record CatalogProduct(ProductDescriptor Descriptor, bool Listed, IReadOnlyList<PricePlan> Plans)
{
    public string Id => Descriptor.Id;

    public PricePlan? FindPlan(string planId) => Plans.FirstOrDefault(p => p.Id == planId);
}
