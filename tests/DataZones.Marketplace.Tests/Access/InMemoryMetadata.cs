using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace DataZones.Marketplace.Tests.Access;

/// <summary>
/// The tenant's OpenID Connect metadata and key set as documents in memory, for a real
/// <see cref="ConfigurationManager{T}"/> to fetch and refetch: a test publishes a new key set and watches it picked up.
/// </summary>
public sealed class InMemoryMetadata : IDocumentRetriever
{
    public const string MetadataAddress = "https://login.example/tenant/v2.0/.well-known/openid-configuration";
    private const string KeysAddress = "https://login.example/tenant/discovery/v2.0/keys";
    private readonly ConcurrentQueue<string> requested = new();
    private volatile string keySet = "{\"keys\":[]}";

    public IReadOnlyCollection<string> Requested => requested;

    /// <summary>Replaces the published key set: keys not named here are withdrawn.</summary>
    public void Publish(params (RSA Key, string KeyId)[] keys) =>
        keySet = JsonSerializer.Serialize(new { keys = keys.Select(k => ToPublished(EntraTestTenant.PublicJwk(k.Key, k.KeyId))) });

    public Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        requested.Enqueue(address);
        return Task.FromResult(address switch
        {
            MetadataAddress => JsonSerializer.Serialize(new Dictionary<string, string> { ["issuer"] = EntraTestTenant.Issuer, ["jwks_uri"] = KeysAddress }),
            KeysAddress => keySet,
            _ => throw new IOException($"No document at {address}."),
        });
    }

    private static Dictionary<string, string> ToPublished(JsonWebKey jwk) =>
        new() { ["kty"] = jwk.Kty, ["use"] = jwk.Use, ["kid"] = jwk.Kid, ["n"] = jwk.N, ["e"] = jwk.E };
}
