namespace DataZones.Marketplace.Access;

/// <summary>A stored API key: never the key, only its SHA-256 and its public id.</summary>
/// <param name="KeyId">The public part, shown in listings and audit entries.</param>
/// <param name="Owner">Whose key and which roles it carries.</param>
/// <param name="SecretHash">SHA-256 of the whole key.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="RevokedAt">When it was revoked; null while active.</param>
public sealed record ApiKeyRecord(string KeyId, ApiKeyOwner Owner, byte[] SecretHash, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public bool IsActive => RevokedAt is null;
}
