namespace DataZones.Marketplace.Catalog;

/// <summary>One operation of a product: what the catalog shows and what a usage record names.</summary>
/// <param name="Id">Stable within the product, e.g. <c>verify</c>.</param>
/// <param name="Summary">One line for the catalog.</param>
/// <param name="Meter">What one unit is.</param>
public sealed record OperationDescriptor(string Id, string Summary, MeterKind Meter);
