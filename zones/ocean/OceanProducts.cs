using DataZones.Marketplace.Catalog;
using DataZones.Marketplace.Pricing;

namespace DataZones.Zones.Ocean;

/// <summary>
/// The ocean zone's products. Queries and exports are separate products because their units differ (a grid value,
/// a megabyte) and a plan prices one unit: a value and a megabyte cannot share a unit price.
/// </summary>
public static class OceanProducts
{
    public const string QueriesProductId = "ocean.edr-queries";
    public const string QueryOperationId = "query";
    public const string ExportsProductId = "ocean.zarr-exports";
    public const string ExportOperationId = "export";
    public const string PayPerUsePlanId = "payg";

    /// <summary>The holder of the ocean datasets (the city's ocean data centre).</summary>
    public const string HolderId = "qingdao-ocean-data-centre";

    public static ProductDescriptor Queries { get; } = new(
        QueriesProductId,
        "Ocean gridded data (EDR queries)",
        "ocean",
        "Sea surface temperature, salinity, wave height and wind on daily grids, queried by point, polygon or box " +
        "with OGC API – EDR conventions; answers in CoverageJSON or CSV. Restricted areas are masked unless the " +
        "subscription carries the elevated grade.",
        [HolderId],
        Classification.General,
        [new OperationDescriptor(QueryOperationId, "Position, area or cube query; one unit per value returned", MeterKind.PerValue)],
        [PayPerUsePlan.Flat(PayPerUsePlanId, 0.0001m)]);

    public static ProductDescriptor Exports { get; } = new(
        ExportsProductId,
        "Ocean gridded data (Zarr exports)",
        "ocean",
        "A subset of an ocean dataset written as a Zarr v2 group to the consumer's own container, with a " +
        "time-limited read link, for analyses too large for a query. Restricted areas are masked as for queries.",
        [HolderId],
        Classification.General,
        [new OperationDescriptor(ExportOperationId, "Export a subset as Zarr; one unit per started megabyte written", MeterKind.PerMegabyte)],
        [PayPerUsePlan.Flat(PayPerUsePlanId, 0.50m)]);
}
