namespace DataZones.Zones.Finance.Storage;

/// <summary>
/// Logical names of the zone's tables and blob container; the platform prefixes each
/// (<c>PersistenceOptions.TablePrefix</c>), so deployments and test runs sharing an account never meet.
/// </summary>
public static class FinanceTables
{
    /// <summary>Reference facts: PartitionKey = credit code, RowKey = source code | natural key.</summary>
    public const string Reference = "financereference";

    /// <summary>Ingestion jobs: PartitionKey = job id, RowKey = <c>job</c>.</summary>
    public const string Ingestions = "financeingestions";

    /// <summary>The operator's loan policies: PartitionKey = <c>policy</c>, RowKey = policy id.</summary>
    public const string LoanPolicies = "financeloanpolicies";

    /// <summary>Blob container of uploaded source files, kept until their job has loaded them.</summary>
    public const string UploadContainer = "financeuploads";
}
