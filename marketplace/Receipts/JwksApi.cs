using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DataZones.Marketplace.Receipts;

/// <summary><c>GET /.well-known/jwks.json</c>: the public key that verifies receipts and ledger seals.</summary>
public static class JwksApi
{
    /// <summary>RFC 7517 key set; named, not anonymous, for the compile-time request delegate generator.</summary>
    public sealed record JsonWebKeySet(IReadOnlyList<JsonWebKey> Keys);

    public sealed record JsonWebKey(string Kty, string Crv, string X, string Y, string Kid, string Use, string Alg);

    public static IEndpointRouteBuilder MapJwks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/.well-known/jwks.json", (SigningKey key) =>
                TypedResults.Ok(new JsonWebKeySet([new JsonWebKey("EC", "P-256", key.X, key.Y, key.KeyId, "sig", "ES256")])))
        .AllowAnonymous()
        .WithTags("Receipts")
        .WithSummary("The public key (JWK Set) that verifies receipts and ledger seals.");
        return endpoints;
    }
}
