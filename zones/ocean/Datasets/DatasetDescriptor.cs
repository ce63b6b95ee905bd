using DataZones.Zones.Ocean.Geometry;

namespace DataZones.Zones.Ocean.Datasets;

/// <summary>
/// What a dataset offers, read from its Zarr group's metadata: parameters with units, the time, latitude,
/// longitude and optional depth axes, and the restricted areas. Coordinates are WGS 84 longitude/latitude
/// (CRS84 axis order); time is UTC on the Gregorian calendar.
/// </summary>
public sealed record DatasetDescriptor(
    string Id,
    string Title,
    string Summary,
    IReadOnlyList<OceanParameter> Parameters,
    TimeAxis Time,
    CoordinateAxis Latitude,
    CoordinateAxis Longitude,
    CoordinateAxis? Depth,
    IReadOnlyList<RestrictedArea> RestrictedAreas,
    DatasetProvenance? Provenance = null)
{
    /// <summary>The OGC identifier of WGS 84 with longitude first.</summary>
    public const string Crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

    /// <summary>The area the grid's cells cover (cell centres plus half a cell).</summary>
    public BoundingBox SpatialExtent => new(Longitude.Minimum, Latitude.Minimum, Longitude.Maximum, Latitude.Maximum);

    /// <summary>The parameter named <paramref name="name"/> (exact, as <c>parameter-name</c> gives it), or null.</summary>
    public OceanParameter? FindParameter(string name) =>
        Parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    /// <summary>Values per time step of one parameter (one depth level).</summary>
    public long CellsPerTimeStep => (long)Latitude.Count * Longitude.Count;
}
