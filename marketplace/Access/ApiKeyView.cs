namespace DataZones.Marketplace.Access;

/// <summary>A key as listings show it: its public id and state, never the key or its hash.</summary>
public sealed record ApiKeyView(string KeyId, IReadOnlyList<string> Roles, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, bool Active)
{
    public static ApiKeyView From(ApiKeyRecord r) => new(r.KeyId, r.Owner.Roles, r.CreatedAt, r.RevokedAt, r.IsActive);
}

/// <summary>A newly created key: the only time <see cref="Key"/> is ever shown.</summary>
public sealed record CreatedApiKey(string Key, ApiKeyView Details);
