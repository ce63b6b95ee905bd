using System.Net;
using System.Net.Http.Headers;
using DataZones.Marketplace.Tests.Hosting;

namespace DataZones.Marketplace.Tests.Access;

public sealed class EntraIdNotConfiguredTests
{
    [Fact]
    public async Task BearerToken_WithoutATenantConfigured_Returns401ProblemWithoutErrors()
    {
        await using var host = await TestHosts.StartAsync();
        using var tenant = new EntraTestTenant();
        using var client = host.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            tenant.Sign(EntraTestTenant.Claims(EntraTestHost.ConsumerAppId, host.Clock.GetUtcNow(), "Operator")));

        var response = await client.GetAsync(new Uri("/operator/consumers", UriKind.Relative));

        await ProblemAssert.IsAsync(response, HttpStatusCode.Unauthorized, "unauthenticated");
        Assert.Equal("Bearer error=\"invalid_token\"", Assert.Single(response.Headers.WwwAuthenticate).ToString());
        Assert.Contains(host.Logs.Lines, l => l.Contains("Entra ID is not configured", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains(" Error: ", StringComparison.Ordinal));
    }
}
