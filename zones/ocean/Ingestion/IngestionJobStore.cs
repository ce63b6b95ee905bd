using Azure;
using Azure.Data.Tables;
using DataZones.Marketplace.Persistence;

namespace DataZones.Zones.Ocean.Ingestion;

/// <summary>
/// Ingestion jobs and dataset-id claims in the <c>oceaningestions</c> table. A claim (partition <c>claim</c>, row =
/// dataset id) is inserted when an upload starts; the insert fails if the id is taken, so two uploads of one id
/// never interleave. A failed ingestion releases its claim; a published one keeps it.
/// </summary>
public sealed class IngestionJobStore(PlatformTables tables)
{
    private const string TableName = "oceaningestions";
    private const string JobPartition = "job";
    private const string ClaimPartition = "claim";

    public async Task SaveAsync(IngestionJob job, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(new TableEntity(JobPartition, job.Id)
        {
            ["DatasetId"] = job.DatasetId,
            ["Status"] = job.Status.ToString(),
            ["TimeStepsWritten"] = job.TimeStepsWritten,
            ["TimeStepCount"] = job.TimeStepCount,
            ["Log"] = job.Log,
            ["Reason"] = job.Reason,
            ["CreatedAt"] = job.CreatedAt,
            ["UpdatedAt"] = job.UpdatedAt,
        }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IngestionJob?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(JobPartition, id, cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? Map(found.Value!) : null;
    }

    /// <summary>Ingestions whose files have not all arrived through their write links (an admin-volume read).</summary>
    public async Task<IReadOnlyList<IngestionJob>> ListAwaitingUploadAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {JobPartition} and Status eq {nameof(IngestionJobStatus.AwaitingUpload)}");
        var awaiting = new List<IngestionJob>();
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false)) awaiting.Add(Map(e));
        return awaiting;
    }

    private static IngestionJob Map(TableEntity e) =>
        new IngestionJob(e.RowKey, e.GetString("DatasetId") ?? "", Enum.Parse<IngestionJobStatus>(e.GetString("Status") ?? nameof(IngestionJobStatus.Failed)),
            e.GetInt32("TimeStepsWritten") ?? 0, e.GetInt32("TimeStepCount") ?? 0, e.GetString("Log") ?? "", e.GetString("Reason"),
            e.GetDateTimeOffset("CreatedAt") ?? default, e.GetDateTimeOffset("UpdatedAt") ?? default);

    /// <summary>Claims <paramref name="datasetId"/> for <paramref name="jobId"/>; false when another upload holds it.</summary>
    public async Task<bool> TryClaimAsync(string datasetId, string jobId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        try
        {
            await table.AddEntityAsync(new TableEntity(ClaimPartition, datasetId) { ["JobId"] = jobId }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task ReleaseClaimAsync(string datasetId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        await table.DeleteEntityAsync(ClaimPartition, datasetId, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
