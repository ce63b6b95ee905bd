namespace DataZones.Zones.Medical.Storage;

/// <summary>
/// Logical names of the zone's tables and blob container; the platform prefixes each
/// (<c>PersistenceOptions.TablePrefix</c>).
/// </summary>
public static class MedicalTables
{
    /// <summary>Visits, prescriptions and claim marks: PartitionKey = person key (keyed hash), RowKey = <see cref="Reference.MedicalRowKeys"/>.</summary>
    public const string Reference = "medicalreference";

    /// <summary>The research index: PartitionKey = <c>dx-{ICD-10 category}</c> or <c>atc-{ATC subgroup}</c>, RowKey = <c>{person key}|{id}</c>.</summary>
    public const string ResearchIndex = "medicalresearch";

    /// <summary>Ingestion jobs: PartitionKey = job id, RowKey = <c>job</c>.</summary>
    public const string Ingestions = "medicalingestions";

    /// <summary>Group-claim batch jobs and their per-item results: PartitionKey = batch id.</summary>
    public const string ClaimBatches = "medicalclaimbatches";

    /// <summary>Blob container of uploaded files (they hold identity numbers), kept until their job has loaded them.</summary>
    public const string UploadContainer = "medicaluploads";
}
