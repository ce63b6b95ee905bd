using DataZones.Marketplace.Ingestion;
using System.Text.Json;
using Azure.Data.Tables;
using DataZones.Marketplace.Persistence;
using DataZones.Zones.Finance.Ingestion;
using DataZones.Zones.Finance.Reference;
using DataZones.Zones.Finance.Storage;

namespace DataZones.Zones.Finance.Jobs;

/// <summary>
/// Ingestion jobs in a table (PartitionKey = job id, RowKey = <c>job</c>), so a job's status is a point read and
/// survives restarts. Only the upload sweep lists jobs (a filtered scan of this small table, never on a request).
/// </summary>
public sealed class IngestionJobStore(PlatformTables tables)
{
    private const string Row = "job";

    public async Task SaveAsync(IngestionJob job, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(FinanceTables.Ingestions, cancellationToken);
        var entity = new TableEntity(job.Id, Row)
        {
            ["Source"] = FinanceSources.Code(job.Source),
            ["Format"] = job.Format.ToString(),
            ["HolderId"] = job.HolderId,
            ["SubmittedBy"] = job.SubmittedBy,
            ["SubmittedAt"] = job.SubmittedAt,
            ["BlobName"] = job.BlobName,
            ["Bytes"] = job.Bytes,
            ["State"] = job.State.ToString(),
            ["LinesRead"] = job.LinesRead,
            ["Loaded"] = job.Loaded,
            ["Rejected"] = job.Rejected,
            ["Problems"] = JsonSerializer.Serialize(job.Problems.Take(IngestionJob.ProblemsStoredMaximum)),
            ["StartedAt"] = job.StartedAt,
            ["FinishedAt"] = job.FinishedAt,
            ["FailureReason"] = job.FailureReason,
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IngestionJob?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (!Keys.IsSafe(id)) return null;
        var table = await tables.GetAsync(FinanceTables.Ingestions, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(id, Row, cancellationToken: cancellationToken);
        return found.HasValue ? Map(found.Value!) : null;
    }

    /// <summary>Ingestions still waiting for their linked upload, oldest first (the sweep's filtered scan of a small table).</summary>
    public async Task<IReadOnlyList<IngestionJob>> ListAwaitingUploadAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(FinanceTables.Ingestions, cancellationToken);
        var awaiting = nameof(IngestionJobState.AwaitingUpload);
        var filter = TableClient.CreateQueryFilter($"State eq {awaiting}");
        var jobs = new List<IngestionJob>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            jobs.Add(Map(entity));
        }

        return jobs.OrderBy(j => j.Id, StringComparer.Ordinal).ToList();
    }

    private static IngestionJob Map(TableEntity e)
    {
        FinanceSources.TryFromCode(e.GetString("Source"), out var source);
        return new IngestionJob(
            e.PartitionKey,
            source,
            Enum.Parse<IngestionFormat>(e.GetString("Format")!),
            e.GetString("HolderId")!,
            e.GetString("SubmittedBy")!,
            e.GetDateTimeOffset("SubmittedAt")!.Value,
            e.GetString("BlobName")!,
            e.GetInt64("Bytes") ?? 0,
            Enum.Parse<IngestionJobState>(e.GetString("State")!),
            e.GetInt64("LinesRead") ?? 0,
            e.GetInt64("Loaded") ?? 0,
            e.GetInt64("Rejected") ?? 0,
            JsonSerializer.Deserialize<List<IngestionProblem>>(e.GetString("Problems") ?? "[]") ?? [],
            e.GetDateTimeOffset("StartedAt"),
            e.GetDateTimeOffset("FinishedAt"),
            e.GetString("FailureReason"));
    }
}
