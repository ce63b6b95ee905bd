using System.Net.Http.Headers;
using DataZones.Marketplace.Access;
using DataZones.Marketplace.Tests.Hosting;
using DataZones.Testing;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace DataZones.Marketplace.Tests.Access;

/// <summary>
/// A marketplace host that trusts <see cref="EntraTestTenant"/>, with one consumer whose Entra ID application
/// (<see cref="ConsumerAppId"/>) the operator has registered. The tenant's keys reach the JwtBearer handler the way
/// the metadata would: through its configuration manager.
/// </summary>
public sealed class EntraTestHost : IAsyncDisposable
{
    public const string ConsumerAppId = "0f9a8b7c-1d2e-4f30-9a8b-7c6d5e4f3a21";
    public const string OperatorAppId = "7e6d5c4b-3a29-4180-b7c6-d5e4f3a2b1c0";
    public const string UnregisteredAppId = "11111111-2222-3333-4444-555555555555";

    private EntraTestHost(EntraTestTenant tenant, MarketplaceTestHost host)
    {
        Tenant = tenant;
        Host = host;
    }

    public EntraTestTenant Tenant { get; }

    public MarketplaceTestHost Host { get; }

    /// <param name="metadata">Where the keys come from; by default the tenant's metadata, fixed.</param>
    public static async Task<EntraTestHost> StartAsync(EntraTestTenant? tenant = null, IConfigurationManager<OpenIdConnectConfiguration>? metadata = null)
    {
        tenant ??= new EntraTestTenant();
        metadata ??= new StaticConfigurationManager<OpenIdConnectConfiguration>(tenant.Metadata());
        var host = await TestHosts.StartAsync(EntraTestTenant.Settings, services =>
            services.Configure<JwtBearerOptions>(EntraIdBearerSetup.SchemeName, options => options.ConfigurationManager = metadata));
        var operatorKey = await host.OperatorKeyAsync();
        var (consumerId, _) = await host.NewConsumerAsync(operatorKey);
        using var admin = host.Client(operatorKey);
        (await admin.PutAsync(new Uri($"/operator/consumers/{consumerId}/entra-apps/{ConsumerAppId}", UriKind.Relative), null)).EnsureSuccessStatusCode();
        return new EntraTestHost(tenant, host);
    }

    /// <summary>The claims of a token for <paramref name="appId"/> issued now by the host's clock.</summary>
    public Dictionary<string, object> Claims(string appId, params string[] roles) => EntraTestTenant.Claims(appId, Host.Clock.GetUtcNow(), roles);

    public async Task<HttpResponseMessage> GetAsync(string path, string token)
    {
        using var client = Host.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.GetAsync(new Uri(path, UriKind.Relative));
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        Tenant.Dispose();
    }
}
