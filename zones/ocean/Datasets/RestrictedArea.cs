using DataZones.Zones.Ocean.Geometry;

namespace DataZones.Zones.Ocean.Datasets;

/// <summary>
/// An area whose values a dataset's holder releases only to consumers with an elevated grade (e.g. a military or
/// aquaculture zone). Stored in the group's <c>.zattrs</c> under <c>restricted_areas</c> as
/// <c>[{"name": "…", "polygon": [[lon, lat], …]}]</c>; cells whose centres fall inside or on its edge are masked.
/// </summary>
public sealed record RestrictedArea(string Name, GeoPolygon Polygon);
