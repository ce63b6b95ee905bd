namespace DataZones.Marketplace.Catalog;

/// <summary>The operator's change to whether a product is listed. Price changes are versions (<see cref="PriceListStore"/>).</summary>
public sealed record CatalogOverride(string ProductId, bool Listed);
