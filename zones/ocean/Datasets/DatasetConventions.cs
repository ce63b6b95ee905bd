namespace DataZones.Zones.Ocean.Datasets;

/// <summary>The names a dataset group uses, shared by its writer and its reader.</summary>
public static class DatasetConventions
{
    public const string Time = "time";
    public const string Latitude = "latitude";
    public const string Longitude = "longitude";
    public const string Depth = "depth";

    public const string IdAttribute = "id";
    public const string TitleAttribute = "title";
    public const string SummaryAttribute = "summary";
    public const string RestrictedAreasAttribute = "restricted_areas";

    /// <summary>On an export: how many cells per time step are withheld (NaN, not land), why, and in which areas.</summary>
    public const string WithheldCellsAttribute = "withheld_cells";

    public const string WithheldReasonAttribute = "withheld_reason";

    public const string WithheldAreasAttribute = "withheld_areas";

    public static bool IsCoordinate(string name) => name is Time or Latitude or Longitude or Depth;
}
