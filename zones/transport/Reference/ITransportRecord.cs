namespace DataZones.Zones.Transport.Reference;

/// <summary>A row of the zone's reference data: a vehicle's record (PartitionKey = its VIN) or a traffic observation.</summary>
public interface ITransportRecord
{
    string PartitionKey { get; }

    string RowKey { get; }
}
