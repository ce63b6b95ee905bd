namespace DataZones.Zones.Ocean.Edr;

/// <summary>Optional reduction of a query's values (<c>aggregate=…</c>); NaN (land, masked) values are ignored.</summary>
public enum EdrAggregation
{
    None,

    /// <summary><c>temporal-mean</c>: one mean per cell over the selected time steps.</summary>
    TemporalMean,

    /// <summary><c>spatial-mean</c>: one mean per time step over the selected cells.</summary>
    SpatialMean,
}
