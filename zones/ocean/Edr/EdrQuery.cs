using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Geometry;

namespace DataZones.Zones.Ocean.Edr;

/// <summary>
/// A valid EDR query against one dataset: the query type with its geometry (a point, a polygon or a box), the
/// time selection, the parameters in the order asked for, an optional depth and an optional aggregation.
/// </summary>
public sealed record EdrQuery(
    EdrQueryKind Kind,
    GeoPoint? Point,
    GeoPolygon? Polygon,
    BoundingBox? Bbox,
    DateTimeSelection Datetime,
    IReadOnlyList<OceanParameter> Parameters,
    double? Z,
    EdrAggregation Aggregation);
