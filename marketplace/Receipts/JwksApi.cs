using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DataZones.Marketplace.Receipts;

/// <summary><c>GET /.well-known/jwks.json</c>: the public key that verifies receipts and ledger seals.</summary>
public static class JwksApi
{
    public static IEndpointRouteBuilder MapJwks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/.well-known/jwks.json", (SigningKey key) => TypedResults.Ok(new
        {
            keys = new[] { new { kty = "EC", crv = "P-256", x = key.X, y = key.Y, kid = key.KeyId, use = "sig", alg = "ES256" } },
        }))
        .AllowAnonymous()
        .WithTags("Receipts")
        .WithSummary("The public key (JWK Set) that verifies receipts and ledger seals.");
        return endpoints;
    }
}
