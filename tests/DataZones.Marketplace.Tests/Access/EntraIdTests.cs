using System.Net;
using DataZones.Marketplace.Tests.Hosting;

namespace DataZones.Marketplace.Tests.Access;

/// <summary>Which Entra ID tokens are admitted, and as whom.</summary>
public sealed class EntraIdTests : IAsyncLifetime
{
    private EntraTestHost entra = null!;

    public async Task InitializeAsync() => entra = await EntraTestHost.StartAsync();

    public async Task DisposeAsync() => await entra.DisposeAsync();

    private async Task<HttpStatusCode> StatusAsync(string path, IDictionary<string, object> claims) =>
        (await entra.GetAsync(path, entra.Tenant.Sign(claims))).StatusCode;

    [Fact]
    public async Task ValidToken_MappedClientApp_ActsAsItsConsumer() =>
        Assert.Equal(HttpStatusCode.OK, await StatusAsync("/me/subscriptions", entra.Claims(EntraTestHost.ConsumerAppId)));

    [Fact]
    public async Task ValidToken_OperatorAppRole_ReachesOperatorRoutes()
    {
        Assert.Equal(HttpStatusCode.OK, await StatusAsync("/operator/consumers", entra.Claims(EntraTestHost.OperatorAppId, "Operator")));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync("/operator/consumers", entra.Claims(EntraTestHost.ConsumerAppId)));
    }

    [Fact]
    public async Task ValidToken_DataHolderAppRole_ReadsItsOwnStatement() =>
        Assert.Equal(HttpStatusCode.OK, await StatusAsync("/holder/statements/2026-10", entra.Claims("qingdao-tax", "DataHolder")));

    [Fact]
    public async Task V1Token_AppIdClaimAndV1Issuer_ActsAsItsConsumer()
    {
        var claims = entra.Claims(EntraTestHost.ConsumerAppId);
        claims.Remove("azp");
        claims["appid"] = EntraTestHost.ConsumerAppId;
        claims["iss"] = EntraTestTenant.IssuerV1;
        claims["ver"] = "1.0";
        Assert.Equal(HttpStatusCode.OK, await StatusAsync("/me/subscriptions", claims));
    }

    [Fact]
    public async Task UnregisteredAppWithoutRoles_Returns401Problem() =>
        await ProblemAssert.IsAsync(await entra.GetAsync("/me/subscriptions", entra.Tenant.Sign(entra.Claims(EntraTestHost.UnregisteredAppId))),
            HttpStatusCode.Unauthorized, "unauthenticated");

    [Fact]
    public async Task UnregisteredApp_RolesOutsideThePlatformsAreIgnored_Returns401()
    {
        // "Consumer" is not an app role: a consumer is only ever an application the operator registered.
        var claims = entra.Claims(EntraTestHost.UnregisteredAppId, "Consumer", "Administrator");
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync("/me/subscriptions", claims));
    }

    [Fact]
    public async Task TokenNamingNoApplication_Returns401()
    {
        var claims = entra.Claims(EntraTestHost.ConsumerAppId, "Operator");
        claims.Remove("azp");
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync("/operator/consumers", claims));
    }
}
