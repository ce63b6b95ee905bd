namespace DataZones.Zones.Ocean.Datasets;

/// <summary>
/// A data variable of an ocean dataset, described the way CF and CoverageJSON describe it: the variable name (what
/// <c>parameter-name</c> selects), its CF standard name, a readable long name, CF (UDUNITS) units, and the unit's name
/// for people. The units string is the one symbol everywhere — EDR metadata, CoverageJSON, CSV, Zarr and exports — so
/// an answer never says "PSU" where its export says "1e-3".
/// </summary>
public sealed record OceanParameter(string Name, string StandardName, string LongName, string Units, string UnitLabel);
