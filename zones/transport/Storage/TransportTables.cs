namespace DataZones.Zones.Transport.Storage;

/// <summary>Logical names of the zone's tables and blob container; the platform prefixes each.</summary>
public static class TransportTables
{
    /// <summary>Every record about a vehicle: PartitionKey = VIN, RowKey = <see cref="Reference.TransportRowKeys"/>.</summary>
    public const string Vehicles = "transportvehicles";

    /// <summary>The accident case index: PartitionKey = case number, RowKey = VIN of each party.</summary>
    public const string AccidentCases = "transportaccidentcases";

    /// <summary>Traffic observations: PartitionKey = <c>{zone}|{yyyyMMdd}</c> (business day), RowKey = <c>{segment}|{HH}|{id}</c>.</summary>
    public const string Traffic = "transporttraffic";

    /// <summary>Ingestion jobs: PartitionKey = job id, RowKey = <c>job</c>.</summary>
    public const string Ingestions = "transportingestions";

    /// <summary>Uploaded files (they hold plates and identity numbers), kept until their job has loaded them.</summary>
    public const string UploadContainer = "transportuploads";
}
