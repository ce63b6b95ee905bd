using System.Text.Json;
using Azure.Data.Tables;
using DataZones.Marketplace.Ingestion;
using DataZones.Marketplace.Persistence;
using DataZones.Zones.Transport.Reference;
using DataZones.Zones.Transport.Storage;

namespace DataZones.Zones.Transport.Jobs;

/// <summary>Transport ingestions in a table (PartitionKey = job id, RowKey = <c>job</c>): a job's status is a point read.</summary>
public sealed class TransportIngestionStore(PlatformTables tables)
{
    private const string Row = "job";

    public async Task SaveAsync(TransportIngestion job, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TransportTables.Ingestions, cancellationToken);
        var entity = new TableEntity(job.Id, Row)
        {
            ["Source"] = TransportSources.Code(job.Source),
            ["Format"] = job.Format.ToString(),
            ["SubmittedBy"] = job.SubmittedBy,
            ["SubmittedAt"] = job.SubmittedAt,
            ["BlobName"] = job.BlobName,
            ["Bytes"] = job.Bytes,
            ["State"] = job.State.ToString(),
            ["LinesRead"] = job.LinesRead,
            ["Loaded"] = job.Loaded,
            ["Rejected"] = job.Rejected,
            ["Problems"] = JsonSerializer.Serialize(job.Problems.Take(TransportIngestion.ProblemsStoredMaximum)),
            ["FinishedAt"] = job.FinishedAt,
            ["FailureReason"] = job.FailureReason,
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<TransportIngestion?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (!Keys.IsSafe(id)) return null;
        var table = await tables.GetAsync(TransportTables.Ingestions, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(id, Row, cancellationToken: cancellationToken);
        if (!found.HasValue) return null;
        var e = found.Value!;
        TransportSources.TryFromCode(e.GetString("Source"), out var source);
        return new TransportIngestion(e.PartitionKey, source, Enum.Parse<IngestionFormat>(e.GetString("Format")!), e.GetString("SubmittedBy")!,
            e.GetDateTimeOffset("SubmittedAt")!.Value, e.GetString("BlobName")!, e.GetInt64("Bytes") ?? 0,
            Enum.Parse<TransportIngestionState>(e.GetString("State")!), e.GetInt64("LinesRead") ?? 0, e.GetInt64("Loaded") ?? 0,
            e.GetInt64("Rejected") ?? 0, JsonSerializer.Deserialize<List<IngestionProblem>>(e.GetString("Problems") ?? "[]") ?? [],
            e.GetDateTimeOffset("FinishedAt"), e.GetString("FailureReason"));
    }
}
