namespace DataZones.Zones.Ocean.Queries;

/// <summary>The answer formats of a query (<c>f=</c>).</summary>
public enum OutputFormat
{
    /// <summary><c>f=CoverageJSON</c> (the default), media type <c>application/prs.coverage+json</c>.</summary>
    CoverageJson,

    /// <summary><c>f=CSV</c>, media type <c>text/csv</c>.</summary>
    Csv,

    /// <summary><c>f=NetCDF</c>, media type <c>application/x-netcdf</c>: a CF-1.8 netCDF classic (64-bit offset) file.</summary>
    NetCdf,
}
