namespace DataZones.Zones.Transport.Reference;

/// <summary>A row of a vehicle's partition: PartitionKey = the VIN, one row key per record.</summary>
public interface ITransportRecord
{
    string Vin { get; }

    string RowKey { get; }
}
