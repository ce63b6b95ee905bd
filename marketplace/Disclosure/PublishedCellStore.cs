using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using DataZones.Marketplace.Persistence;
using Microsoft.Extensions.Options;

namespace DataZones.Marketplace.Disclosure;

/// <summary>
/// Every cell an answer published, with who it counted, so that a later answer can be compared with it. The
/// contributor keys of one answer sit in one blob; a row per cell points into it, keyed so that the cells with the
/// same coordinates and a count within a range are one range query.
/// </summary>
public sealed class PublishedCellStore(PlatformTables tables, BlobServiceClient blobs, IOptions<PersistenceOptions> persistence)
{
    private const int TransactionMaximum = 100;
    private BlobContainerClient? container;

    /// <summary>Earlier published cells of <paramref name="scope"/> at these coordinates counting between the bounds (inclusive).</summary>
    public async Task<IReadOnlyList<ulong[]>> FindAsync(string scope, string coordinates, int minimumCount, int maximumCount, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(DisclosureTables.PublishedCells, cancellationToken);
        var prefix = CoordinatesKey(coordinates) + "|";
        var from = prefix + Math.Max(0, minimumCount).ToString("D10", CultureInfo.InvariantCulture);
        var to = prefix + (maximumCount + 1L).ToString("D10", CultureInfo.InvariantCulture);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {scope} and RowKey ge {from} and RowKey lt {to}");
        var blobsClient = await ContainerAsync(cancellationToken);
        var found = new List<ulong[]>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var offset = row.GetInt64("Offset")!.Value;
            var count = row.GetInt32("Count")!.Value;
            if (count == 0)
            {
                found.Add([]);
                continue;
            }

            var blob = blobsClient.GetBlobClient(row.GetString("Blob"));
            var content = await blob.DownloadContentAsync(new BlobDownloadOptions { Range = new HttpRange(offset * sizeof(ulong), count * (long)sizeof(ulong)) }, cancellationToken);
            found.Add(Keys(content.Value.Content.ToMemory().Span));
        }

        return found;
    }

    /// <summary>Records an answer's published cells: the keys first, then the rows that point at them.</summary>
    public async Task RecordAsync(string scope, string answerId, IReadOnlyList<StatisticalCell> cells, CancellationToken cancellationToken)
    {
        var blobName = $"{scope}/{answerId}";
        var bytes = new byte[cells.Sum(c => (long)c.Count) * sizeof(ulong)];
        var rows = new List<TableEntity>(cells.Count);
        long offset = 0;
        foreach (var cell in cells)
        {
            for (var i = 0; i < cell.Count; i++)
            {
                BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan((int)((offset + i) * sizeof(ulong))), cell.Contributors[i]);
            }

            rows.Add(new TableEntity(scope, $"{CoordinatesKey(cell.Coordinates)}|{cell.Count.ToString("D10", CultureInfo.InvariantCulture)}|{answerId}")
            {
                ["Blob"] = blobName, ["Offset"] = offset, ["Count"] = cell.Count, ["Coordinates"] = cell.Coordinates,
            });
            offset += cell.Count;
        }

        var blobsClient = await ContainerAsync(cancellationToken);
        await blobsClient.GetBlobClient(blobName).UploadAsync(BinaryData.FromBytes(bytes), overwrite: true, cancellationToken);
        var table = await tables.GetAsync(DisclosureTables.PublishedCells, cancellationToken);
        foreach (var chunk in rows.DistinctBy(r => r.RowKey).Chunk(TransactionMaximum))
        {
            await table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), cancellationToken);
        }
    }

    /// <summary>A lease on the scope's lock blob, so that two answers of one scope are checked one after the other.</summary>
    public async Task<BlobLeaseClient> LockAsync(string scope, TimeSpan waitMaximum, CancellationToken cancellationToken)
    {
        var blobsClient = await ContainerAsync(cancellationToken);
        var lockBlob = blobsClient.GetBlobClient($"{scope}/lock");
        try
        {
            await lockBlob.UploadAsync(BinaryData.Empty, overwrite: false, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            // The lock blob exists (or is leased right now): both are what the next step needs.
        }

        var lease = lockBlob.GetBlobLeaseClient();
        var deadline = DateTimeOffset.UtcNow + waitMaximum;
        var delay = TimeSpan.FromMilliseconds(50);
        while (true)
        {
            try
            {
                // A finite lease: a process that dies holding it blocks the scope for seconds, not for ever.
                await lease.AcquireAsync(TimeSpan.FromSeconds(30), cancellationToken: cancellationToken);
                return lease;
            }
            catch (RequestFailedException exception) when (exception.Status == 409 && DateTimeOffset.UtcNow < deadline)
            {
                await Task.Delay(delay, cancellationToken);
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 1_000));
            }
        }
    }

    private async Task<BlobContainerClient> ContainerAsync(CancellationToken cancellationToken)
    {
        if (container is { } known) return known;
        var client = blobs.GetBlobContainerClient(persistence.Value.TablePrefix + DisclosureTables.Container);
        await client.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        return container = client;
    }

    // Coordinates are free text from the zone; their hash is a fixed-length, key-safe stand-in.
    private static string CoordinatesKey(string coordinates) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(coordinates)), 0, 16);

    private static ulong[] Keys(ReadOnlySpan<byte> bytes)
    {
        var keys = new ulong[bytes.Length / sizeof(ulong)];
        for (var i = 0; i < keys.Length; i++) keys[i] = BinaryPrimitives.ReadUInt64BigEndian(bytes[(i * sizeof(ulong))..]);
        return keys;
    }
}
