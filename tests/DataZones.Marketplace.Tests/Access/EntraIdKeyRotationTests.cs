using System.Net;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace DataZones.Marketplace.Tests.Access;

/// <summary>
/// Signing keys come from the tenant's metadata through the library's <see cref="ConfigurationManager{T}"/>, which
/// refetches it when a token names a key it does not know: a rotated key is accepted without a restart.
/// </summary>
public sealed class EntraIdKeyRotationTests
{
    [Fact]
    public async Task RotatedSigningKey_IsAcceptedOnceTheMetadataIsRefetched()
    {
        var tenant = new EntraTestTenant();
        using var next = RSA.Create(2048);
        var metadata = new InMemoryMetadata();
        metadata.Publish((tenant.SigningKey, EntraTestTenant.KeyId));
        var manager = new ConfigurationManager<OpenIdConnectConfiguration>(InMemoryMetadata.MetadataAddress, new OpenIdConnectConfigurationRetriever(), metadata);
        await using var entra = await EntraTestHost.StartAsync(tenant, manager);
        var claims = entra.Claims(EntraTestHost.ConsumerAppId);
        Assert.Equal(HttpStatusCode.OK, (await entra.GetAsync("/me/subscriptions", tenant.Sign(claims))).StatusCode);
        var fetchesBefore = metadata.Requested.Count;

        metadata.Publish((next, "next-key"));
        var rotated = tenant.Sign(claims, next, new Dictionary<string, object> { ["kid"] = "next-key" });
        // The unknown key id triggers a refresh in the background; the token is accepted once it has landed.
        var status = HttpStatusCode.Unauthorized;
        for (var attempt = 0; attempt < 50 && status != HttpStatusCode.OK; attempt++)
        {
            status = (await entra.GetAsync("/me/subscriptions", rotated)).StatusCode;
            if (status != HttpStatusCode.OK) await Task.Delay(100);
        }

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(metadata.Requested.Count > fetchesBefore, "the metadata was not refetched");
    }
}
