using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace DataZones.Functions.Tests.Packaging;

/// <summary>
/// The HTTP functions' routes as the Functions host matches them: it builds an ASP.NET Core <c>Route</c> per
/// function from <c>routePrefix/route</c> (a <see cref="TemplateMatcher"/>: case-insensitive, a trailing slash
/// ignored) and matches it against the request's path as Kestrel decoded it.
/// </summary>
public sealed class HostRoutes
{
    private readonly List<(string Function, TemplateMatcher Matcher)> routes;

    public HostRoutes(PackageLayout layout)
    {
        routes = layout.Http
            .Select(f => (f.Name, new TemplateMatcher(TemplateParser.Parse(Template(layout.RoutePrefix, f.Route)), new RouteValueDictionary())))
            .ToList();
    }

    public static string Template(string routePrefix, string route) =>
        string.IsNullOrEmpty(routePrefix) ? route : routePrefix.Trim('/') + "/" + route;

    /// <summary>The functions whose route matches <paramref name="decodedPath"/> (a request's <c>Path</c>).</summary>
    public IReadOnlyList<string> Matching(string decodedPath) =>
        routes.Where(r => r.Matcher.TryMatch(new PathString(decodedPath), new RouteValueDictionary())).Select(r => r.Function).ToList();
}
