using DataZones.Marketplace.Access;
using DataZones.Marketplace.Pipeline;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Functions.Tests.Security;

/// <summary>Checks every route the whole app serves (all zones), so a new route cannot ship unprotected by accident.</summary>
public sealed class RouteProtectionTests : IClassFixture<AppFactory>
{
    private readonly AppFactory factory;

    public RouteProtectionTests(AppFactory factory) => this.factory = factory;

    private IReadOnlyList<RouteEndpoint> Routes() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

    private static IEnumerable<string> PoliciesOf(RouteEndpoint endpoint) =>
        endpoint.Metadata.OfType<IAuthorizeData>().Select(a => a.Policy ?? "");

    private static string Route(RouteEndpoint endpoint) => "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');

    [Fact]
    public void EveryOperatorRoute_RequiresTheOperatorRole()
    {
        var admin = Routes().Where(e => Route(e).StartsWith("/operator/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(admin);
        var unprotected = admin.Where(e => !PoliciesOf(e).Contains(Policies.Operator) || e.Metadata.OfType<IAllowAnonymous>().Any()).Select(Route).ToList();
        Assert.True(unprotected.Count == 0, "operator routes without the Operator policy: " + string.Join(", ", unprotected));
    }

    [Fact]
    public void EveryMeRoute_RequiresAConsumerCredential()
    {
        var me = Routes().Where(e => Route(e).StartsWith("/me/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(me);
        var unprotected = me.Where(e => !PoliciesOf(e).Contains(Policies.Consumer)).Select(Route).ToList();
        Assert.True(unprotected.Count == 0, "consumer routes without the Consumer policy: " + string.Join(", ", unprotected));
    }

    [Fact]
    public void EveryHolderRoute_RequiresTheDataHolderRole()
    {
        var holder = Routes().Where(e => Route(e).StartsWith("/holder/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(holder);
        Assert.All(holder, e => Assert.Contains(Policies.DataHolder, PoliciesOf(e)));
    }

    [Fact]
    public void EveryZoneRoute_IsPaidOrRoleProtected_ExceptPublishedMetadata()
    {
        var zone = Routes().Where(e => Route(e).StartsWith("/zones/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(zone);
        var open = zone.Where(e => e.Metadata.GetMetadata<PaidOperation>() is null && !PoliciesOf(e).Any()).Select(Route).Distinct().ToList();
        // Collection documents describe what exists (extent, parameters, units) and hold no data values, like the catalogue.
        Assert.Equal(["/zones/ocean/", "/zones/ocean/collections", "/zones/ocean/collections/{collectionId}", "/zones/ocean/conformance",
            "/zones/ocean/exports/links/{token}/{**key}"],
            open.Order(StringComparer.Ordinal));
        Assert.All(zone.Where(e => e.Metadata.GetMetadata<PaidOperation>() is not null), e => Assert.Contains(Policies.Consumer, PoliciesOf(e)));
    }

    /// <summary>What anyone may read without a credential: each entry a route prefix, with why it is public.</summary>
    private static readonly string[] AnonymousPrefixes =
    [
        "/catalog",                 // what is for sale and at what price
        "/health",                  // the platform's liveness, for probes
        "/openapi/", "/swagger",    // the API's contract and its viewer
        "/problems",                // what each problem type means
        "/.well-known/",            // the receipts' public signing keys
        "/zones/ocean/collections", // EDR collection metadata; its queries are paid (checked above)
        "/zones/ocean/conformance", // the EDR conformance classes implemented
        "/zones/ocean/exports/links/", // an export's Zarr link: its unguessable token is the credential, like a SAS
    ];

    /// <summary>Public routes named exactly, where a prefix would open everything under them.</summary>
    private static readonly string[] AnonymousRoutes =
    [
        "/zones/ocean/",            // the EDR landing page: links only
    ];

    [Fact]
    public void EveryRoute_RequiresACredential_UnlessOnTheAnonymousList()
    {
        var routes = Routes();
        Assert.NotEmpty(routes);
        var open = routes
            .Where(e => !PoliciesOf(e).Any() || e.Metadata.OfType<IAllowAnonymous>().Any())
            .Where(e => e.Metadata.GetMetadata<PaidOperation>() is null)
            .Select(Route)
            .Where(route => !AnonymousPrefixes.Any(prefix => route.StartsWith(prefix, StringComparison.Ordinal)) && !AnonymousRoutes.Contains(route))
            .Distinct()
            .ToList();
        Assert.True(open.Count == 0, "routes open to anyone but not on the anonymous list: " + string.Join(", ", open));
    }
}
