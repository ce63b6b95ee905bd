using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Functions.Tests.Packaging;

/// <summary>Every route the app serves is reachable in Azure through exactly one HTTP function.</summary>
public sealed class RouteCoverageTests : IClassFixture<PackageLayout>, IClassFixture<AppFactory>
{
    // Served by middleware (Swashbuckle; the MCP scheme's protected-resource metadata), so not in the endpoint data source.
    private static readonly string[] MiddlewarePaths = ["/openapi/v1.json", "/swagger", "/swagger/index.html", "/.well-known/oauth-protected-resource/mcp"];
    private readonly PackageLayout layout;
    private readonly AppFactory factory;

    public RouteCoverageTests(PackageLayout layout, AppFactory factory)
    {
        this.layout = layout;
        this.factory = factory;
    }

    /// <summary>A path the pattern matches: literals as they are, a value for each parameter, two segments for a catch-all.</summary>
    public static string SamplePath(RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart { IsCatchAll: true } => "a/b",
            RoutePatternParameterPart => "x1",
            _ => throw new InvalidOperationException($"unexpected route part {part}"),
        }))));

    [Fact]
    public void EveryAppRoute_IsForwardedByExactlyOneHttpFunction_ForEachOfItsMethods()
    {
        var routes = new HostRoutes(layout);
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.NotEmpty(endpoints);
        var problems = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var path = SamplePath(endpoint.RoutePattern);
            var functions = routes.Matching(path);
            if (functions.Count != 1)
            {
                problems.Add($"{endpoint.RoutePattern.RawText} ({path}): forwarded by [{string.Join(", ", functions)}]");
                continue;
            }
            var allowed = layout.Http.Single(f => f.Name == functions[0]).Methods;
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
            problems.AddRange(methods.Where(m => !allowed.Contains(m.ToLowerInvariant())).Select(m => $"{m} {endpoint.RoutePattern.RawText}: not allowed by {functions[0]}"));
        }
        problems.AddRange(MiddlewarePaths.Where(p => routes.Matching(p).Count != 1).Select(p => $"{p}: forwarded by [{string.Join(", ", routes.Matching(p))}]"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void OffTheHost_NoRouteIsATriggerPath()
    {
        var triggers = layout.Triggers.Select(t => "/" + t.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var paths = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Select(e => SamplePath(e.RoutePattern));
        Assert.DoesNotContain(paths, triggers.Contains);
    }
}
