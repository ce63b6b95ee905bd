namespace DataZones.Zones.Ocean.Output;

/// <summary>How a CSV answer names its columns.</summary>
public enum CsvHeader
{
    /// <summary>One line of names (EDR's <c>f=CSV</c>).</summary>
    Names,

    /// <summary>A line of names, then a line of units (ERDDAP's <c>.csv</c>).</summary>
    NamesThenUnits,

    /// <summary>One line of <c>name (units)</c> (ERDDAP's <c>.csvp</c>).</summary>
    NamesWithUnits,
}
