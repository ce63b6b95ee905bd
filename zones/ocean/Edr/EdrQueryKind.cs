namespace DataZones.Zones.Ocean.Edr;

/// <summary>The OGC API – EDR query types the ocean zone answers.</summary>
public enum EdrQueryKind
{
    /// <summary><c>/position?coords=POINT(lon lat)</c>: a time series at the nearest grid cell.</summary>
    Position,

    /// <summary><c>/area?coords=POLYGON((…))</c>: the cells whose centres lie in the polygon.</summary>
    Area,

    /// <summary><c>/cube?bbox=minLon,minLat,maxLon,maxLat</c>: the cells whose centres lie in the box.</summary>
    Cube,
}
