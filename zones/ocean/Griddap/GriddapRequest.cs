using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Edr;

namespace DataZones.Zones.Ocean.Griddap;

/// <summary>
/// A parsed griddap request: the variables asked for, in order, and the index range of each dimension (time,
/// latitude, longitude; inclusive ranges as ERDDAP gives them, stored as start and count) with its stride.
/// </summary>
public sealed record GriddapRequest(
    IReadOnlyList<OceanParameter> Parameters, IndexRange Time, IndexRange Latitude, IndexRange Longitude, (int Time, int Latitude, int Longitude) Strides);
