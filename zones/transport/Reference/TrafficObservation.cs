using System.Globalization;

namespace DataZones.Zones.Transport.Reference;

/// <summary>
/// One vehicle's passage of a road segment in an hour, with its speed and the segment's free-flow speed. The vehicle
/// only as a keyed hash: the traffic table cannot be joined to the vehicle table without the key.
/// </summary>
public sealed record TrafficObservation(string Zone, string SegmentId, DateOnly Day, int Hour, string ObservationId, string VehicleKey, int SpeedKmh, int FreeFlowKmh) : ITransportRecord
{
    public static readonly TimeSpan BusinessOffset = TimeSpan.FromHours(8);

    public string PartitionKey => PartitionOf(Zone, Day);

    public string RowKey => SegmentId + "|" + Hour.ToString("00", CultureInfo.InvariantCulture) + "|" + ObservationId;

    public static string PartitionOf(string zone, DateOnly day) => zone + "|" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
