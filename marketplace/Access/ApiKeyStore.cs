using Azure.Data.Tables;
using DataZones.Marketplace.Persistence;

namespace DataZones.Marketplace.Access;

/// <summary>Table <c>apikeys</c>: partition = owner id, row = key id; a lookup is a point read, a listing a partition read.</summary>
public sealed class ApiKeyStore(PlatformTables tables)
{
    internal const string TableName = "apikeys";

    public async Task AddAsync(ApiKeyRecord record, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        await table.AddEntityAsync(ToEntity(record), cancellationToken);
    }

    public async Task<ApiKeyRecord?> FindAsync(string ownerId, string keyId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(ownerId, keyId, cancellationToken: cancellationToken);
        return response.HasValue ? Map(response.Value!) : null;
    }

    public async Task<IReadOnlyList<ApiKeyRecord>> ListAsync(string ownerId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var result = new List<ApiKeyRecord>();
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {ownerId}"), cancellationToken: cancellationToken))
        {
            result.Add(Map(e));
        }
        return result;
    }

    public async Task ReplaceAsync(ApiKeyRecord record, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        await table.UpsertEntityAsync(ToEntity(record), TableUpdateMode.Replace, cancellationToken);
    }

    private static TableEntity ToEntity(ApiKeyRecord r)
    {
        var entity = new TableEntity(r.Owner.OwnerId, r.KeyId)
        {
            ["Roles"] = string.Join(',', r.Owner.Roles),
            ["SecretHash"] = r.SecretHash,
            ["CreatedAt"] = r.CreatedAt,
        };
        if (r.RevokedAt is { } revoked) entity["RevokedAt"] = revoked;
        return entity;
    }

    private static ApiKeyRecord Map(TableEntity e) => new(
        e.RowKey,
        new ApiKeyOwner(e.PartitionKey, e.GetString("Roles")!.Split(',', StringSplitOptions.RemoveEmptyEntries)),
        e.GetBinary("SecretHash")!,
        e.GetDateTimeOffset("CreatedAt")!.Value,
        e.GetDateTimeOffset("RevokedAt"));
}
