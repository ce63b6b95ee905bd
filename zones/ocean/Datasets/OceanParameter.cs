namespace DataZones.Zones.Ocean.Datasets;

/// <summary>
/// A data variable of an ocean dataset, described the way CF and CoverageJSON describe it: the variable name (what
/// <c>parameter-name</c> selects), its CF standard name, a readable long name, CF units, and the unit symbol shown to
/// people.
/// </summary>
public sealed record OceanParameter(string Name, string StandardName, string LongName, string Units, string UnitSymbol, string UnitLabel);
