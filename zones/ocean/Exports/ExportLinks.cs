using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using DataZones.Marketplace.Caching;
using DataZones.Marketplace.Persistence;
using DataZones.Marketplace.Pipeline;

namespace DataZones.Zones.Ocean.Exports;

/// <summary>
/// The Zarr links of exports (table <c>oceanexportlinks</c>): a link is <c>…/zones/ocean/exports/links/{token}</c>,
/// where the token — 256 random bits — is the credential, like a SAS, so a Zarr reader can use the link as it is
/// (<c>xarray.open_zarr(link)</c>). Only the token's SHA-256 is stored, mapped to the consumer, the export and the
/// link's expiry. Lookups are cached for a minute (a reader fetches many keys); an expired link is refused whatever
/// the cache holds, and the export sweep removes the row with the export.
/// </summary>
public sealed class ExportLinks(PlatformTables tables, TimeProvider time)
{
    private const string TableName = "oceanexportlinks";
    private const string Partition = "link";

    public sealed record Target(string ConsumerId, string ExportId, DateTimeOffset ExpiresAt);

    private readonly ExpiringCache<string, Target> cache = new(time, TimeSpan.FromMinutes(1), 10_000);

    /// <summary>Records a new link to <paramref name="exportId"/> and returns its token.</summary>
    public async Task<string> CreateAsync(string consumerId, string exportId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var token = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        await table.AddEntityAsync(new TableEntity(Partition, RowKey(token))
        {
            ["ConsumerId"] = consumerId,
            ["ExportId"] = exportId,
            ["ExpiresAt"] = expiresAt,
        }, cancellationToken).ConfigureAwait(false);
        return token;
    }

    /// <summary>What <paramref name="token"/> opens, or null when it is unknown or its link has expired.</summary>
    public async Task<Target?> FindAsync(string token, CancellationToken cancellationToken)
    {
        if (token.Length is < 40 or > 64) return null;
        var target = await cache.GetOrLoadAsync(RowKey(token), LoadAsync, cancellationToken).ConfigureAwait(false);
        return target is not null && target.ExpiresAt > time.GetUtcNow() ? target : null;
    }

    /// <summary>Removes every link to <paramref name="exportId"/> (the sweep, when the export is deleted).</summary>
    public async Task RemoveAsync(string consumerId, string exportId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and ConsumerId eq {consumerId} and ExportId eq {exportId}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            cache.Invalidate(row.RowKey);
            await table.DeleteEntityAsync(Partition, row.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<Target?> LoadAsync(string rowKey, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue && row.Value is { } e
            ? new Target(e.GetString("ConsumerId")!, e.GetString("ExportId")!, e.GetDateTimeOffset("ExpiresAt")!.Value)
            : null;
    }

    private static string RowKey(string token) => Sha256.Base64Url(Encoding.UTF8.GetBytes(token));
}
