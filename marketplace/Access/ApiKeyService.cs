using DataZones.Marketplace.Audit;
using DataZones.Marketplace.Ids;

namespace DataZones.Marketplace.Access;

/// <summary>Creates, lists and revokes API keys. A key is returned once, at creation, and never again.</summary>
public sealed class ApiKeyService(ApiKeyStore store, ApiKeyDirectory directory, AuditLog audit, IIdGenerator ids, TimeProvider time)
{
    /// <summary>At most this many active keys per owner: one in use and one being rotated in.</summary>
    public const int ActiveKeysMax = 2;

    /// <summary>The new key (to show once) and its record; null when the owner already has two active keys.</summary>
    public async Task<(string Key, ApiKeyRecord Record)?> CreateAsync(ApiKeyOwner owner, string actor, CancellationToken cancellationToken)
    {
        var active = (await store.ListAsync(owner.OwnerId, cancellationToken)).Count(k => k.IsActive);
        if (active >= ActiveKeysMax) return null;
        // The key id is the random tail of a sortable id: short, unique per owner, and not guessable from time.
        var keyId = ids.NewId()[^10..];
        var key = ApiKeyFormat.Create(owner.OwnerId, keyId);
        var record = new ApiKeyRecord(keyId, owner, ApiKeyFormat.Hash(key), time.GetUtcNow(), null);
        await store.AddAsync(record, cancellationToken);
        await audit.RecordAsync("apikey:" + owner.OwnerId, "created", actor, $"key {keyId}, roles {string.Join(',', owner.Roles)}", cancellationToken);
        return (key, record);
    }

    public Task<IReadOnlyList<ApiKeyRecord>> ListAsync(string ownerId, CancellationToken cancellationToken) =>
        store.ListAsync(ownerId, cancellationToken);

    /// <summary>Revokes the key; false if the owner has no such key. Revoking twice keeps the first time.</summary>
    public async Task<bool> RevokeAsync(string ownerId, string keyId, string actor, CancellationToken cancellationToken)
    {
        var record = await store.FindAsync(ownerId, keyId, cancellationToken);
        if (record is null) return false;
        if (record.IsActive)
        {
            await store.ReplaceAsync(record with { RevokedAt = time.GetUtcNow() }, cancellationToken);
            await audit.RecordAsync("apikey:" + ownerId, "revoked", actor, $"key {keyId}", cancellationToken);
        }
        directory.Invalidate(ownerId, keyId);
        return true;
    }
}
