using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using DataZones.Marketplace.Persistence;

namespace DataZones.Marketplace.Idempotency;

/// <summary>
/// Table <c>idempotency</c>: partition = consumer id (keys of different consumers never meet), row = SHA-256 of the
/// key (keys may hold characters a row key cannot). The body is kept in binary properties of at most 64 KiB each,
/// within the entity's 1 MiB; larger answers are remembered without their body and cannot be replayed.
/// </summary>
public sealed class IdempotencyStore(PlatformTables tables)
{
    private const string TableName = "idempotency";
    private const int ChunkBytes = 60_000;
    public const int BodyBytesMax = 14 * ChunkBytes;

    public sealed record Entry(string State, string RequestHash, string RequestId, DateTimeOffset StartedAt, StoredResponse? Response, ETag ETag);

    public static string RowKey(string idempotencyKey) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)));

    public async Task<Entry?> FindAsync(string consumerId, string rowKey, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(consumerId, rowKey, cancellationToken: cancellationToken);
        return found.HasValue ? Map(found.Value!) : null;
    }

    /// <summary>Records the start of a call; false when another call holds the key (409 from storage).</summary>
    public async Task<bool> TryStartAsync(string consumerId, string rowKey, string requestHash, string requestId, DateTimeOffset now, ETag? replacing, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var entity = new TableEntity(consumerId, rowKey) { ["State"] = "InFlight", ["RequestHash"] = requestHash, ["RequestId"] = requestId, ["StartedAt"] = now };
        try
        {
            if (replacing is { } etag) await table.UpdateEntityAsync(entity, etag, TableUpdateMode.Replace, cancellationToken);
            else await table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    public async Task CompleteAsync(string consumerId, string rowKey, string requestHash, string requestId, DateTimeOffset startedAt, StoredResponse response, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var entity = new TableEntity(consumerId, rowKey)
        {
            ["State"] = "Completed",
            ["RequestHash"] = requestHash,
            ["RequestId"] = requestId,
            ["StartedAt"] = startedAt,
            ["Status"] = response.Status,
            ["ContentType"] = response.ContentType,
            ["Headers"] = string.Join('\n', response.Headers.Select(h => h.Key + ":" + h.Value)),
            ["Replayable"] = response.Body.Length <= BodyBytesMax,
        };
        if (response.Body.Length <= BodyBytesMax)
        {
            for (var i = 0; i * ChunkBytes < response.Body.Length; i++)
            {
                entity["Body" + i] = response.Body.AsSpan(i * ChunkBytes, Math.Min(ChunkBytes, response.Body.Length - i * ChunkBytes)).ToArray();
            }
        }
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Forgets an attempt that produced no billable answer, so that a retry runs afresh.</summary>
    public async Task AbandonAsync(string consumerId, string rowKey, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        await table.DeleteEntityAsync(consumerId, rowKey, cancellationToken: cancellationToken);
    }

    private static Entry Map(TableEntity e)
    {
        StoredResponse? response = null;
        if (e.GetString("State") == "Completed" && e.GetBoolean("Replayable") == true)
        {
            var body = new List<byte>();
            for (var i = 0; e.GetBinary("Body" + i) is { } chunk; i++) body.AddRange(chunk);
            var headers = (e.GetString("Headers") ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => line.Split(':', 2)).ToDictionary(p => p[0], p => p[1]);
            response = new StoredResponse(e.GetInt32("Status")!.Value, e.GetString("ContentType")!, body.ToArray(), headers);
        }
        return new Entry(e.GetString("State")!, e.GetString("RequestHash")!, e.GetString("RequestId")!, e.GetDateTimeOffset("StartedAt")!.Value, response, e.ETag);
    }
}
