namespace DataZones.Zones.Ocean.Datasets;

/// <summary>
/// The cells an export withholds (restricted areas, no elevated grade): how many per time step, why, and the areas.
/// Written as the group attributes <c>withheld_cells</c>, <c>withheld_reason</c> and <c>withheld_areas</c>, so a
/// reader can tell withheld cells (NaN) from land.
/// </summary>
public sealed record DatasetWithheld(int Cells, string Reason, IReadOnlyList<string> Areas);
