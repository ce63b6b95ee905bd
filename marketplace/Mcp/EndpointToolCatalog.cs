using DataZones.Marketplace.Catalog;
using DataZones.Marketplace.Pipeline;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Protocol;

namespace DataZones.Marketplace.Mcp;

/// <summary>
/// Every MCP tool the app offers, generated once from its endpoints: each paid endpoint (its <see cref="PaidOperation"/>,
/// its request type, its summary and the catalogue's description of the operation) and each endpoint marked
/// <see cref="FreeTool"/>. Nothing is written per operation, so a zone's new paid endpoint is a tool as soon as it is
/// mapped. Built on first use, after routing is complete.
/// </summary>
public sealed class EndpointToolCatalog
{
    /// <summary>What MCP clients accept in a tool name (some allow dots; not all).</summary>
    public const int NameLengthMax = 64;

    private readonly Lazy<IReadOnlyDictionary<string, EndpointTool>> tools;

    public EndpointToolCatalog(
        EndpointDataSource endpoints,
        IApiDescriptionGroupCollectionProvider descriptions,
        IEnumerable<ProductDescriptor> products,
        IOptions<JsonOptions> json)
    {
        tools = new Lazy<IReadOnlyDictionary<string, EndpointTool>>(() =>
            Build(endpoints, descriptions, products.ToDictionary(p => p.Id), new EndpointToolSchema(json.Value.SerializerOptions)));
    }

    public IReadOnlyCollection<EndpointTool> All => (IReadOnlyCollection<EndpointTool>)tools.Value.Values;

    public EndpointTool? Find(string name) => tools.Value.GetValueOrDefault(name);

    private static IReadOnlyDictionary<string, EndpointTool> Build(
        EndpointDataSource endpoints,
        IApiDescriptionGroupCollectionProvider descriptions,
        IReadOnlyDictionary<string, ProductDescriptor> products,
        EndpointToolSchema schema)
    {
        var described = descriptions.ApiDescriptionGroups.Items.SelectMany(g => g.Items).ToList();
        var routes = endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PaidOperation>() is not null || e.Metadata.GetMetadata<FreeTool>() is not null)
            .Where(e => e.Metadata.GetMetadata<NotATool>() is null)
            .ToList();
        // Operations served by several endpoints (ocean's position, area and cube queries) are told apart by route.
        var shared = routes.Select(e => e.Metadata.GetMetadata<PaidOperation>()).OfType<PaidOperation>()
            .GroupBy(p => p).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        var built = new Dictionary<string, EndpointTool>(StringComparer.Ordinal);
        foreach (var endpoint in routes)
        {
            var paid = endpoint.Metadata.GetMetadata<PaidOperation>();
            var method = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.FirstOrDefault()
                ?? throw new InvalidOperationException($"The tool endpoint {endpoint.RoutePattern.RawText} names no HTTP method.");
            var description = described.FirstOrDefault(d => d.ActionDescriptor.EndpointMetadata.Any(m => ReferenceEquals(m, paid ?? (object?)endpoint.Metadata.GetMetadata<FreeTool>())));
            var (inputSchema, arguments) = schema.For(endpoint, description, paid is not null);
            var name = paid is null ? endpoint.Metadata.GetMetadata<FreeTool>()!.Name : PaidName(paid, endpoint, shared.Contains(paid));
            var definition = new Tool
            {
                Name = name,
                Description = Describe(endpoint, method, paid, paid is null ? null : products.GetValueOrDefault(paid.ProductId)),
                InputSchema = inputSchema,
                Annotations = new ToolAnnotations { ReadOnlyHint = HttpMethods.IsGet(method), OpenWorldHint = false },
            };
            var authorization = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
            if (!built.TryAdd(name, new EndpointTool(definition, endpoint, method, arguments, paid, authorization)))
            {
                throw new InvalidOperationException($"Two endpoints would be the MCP tool '{name}'.");
            }
        }
        return built;
    }

    /// <summary><c>finance_enterprise-verification_verify</c>: the product and operation, in the characters every client accepts.</summary>
    private static string PaidName(PaidOperation paid, RouteEndpoint endpoint, bool shared)
    {
        var name = $"{paid.ProductId}_{paid.OperationId}";
        if (shared)
        {
            var literal = endpoint.RoutePattern.PathSegments.LastOrDefault(s => s.IsSimple && s.Parts[0].IsLiteral)?.Parts[0] as Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart;
            name += "_" + (literal?.Content ?? throw new InvalidOperationException($"{endpoint.RoutePattern.RawText} has no literal segment to name its tool by."));
        }
        var safe = string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_'));
        if (safe.Length > NameLengthMax) throw new InvalidOperationException($"The tool name '{safe}' is longer than {NameLengthMax} characters.");
        return safe;
    }

    private static string Describe(RouteEndpoint endpoint, string method, PaidOperation? paid, ProductDescriptor? product)
    {
        var summary = endpoint.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary
            ?? endpoint.Metadata.GetMetadata<IEndpointDescriptionMetadata>()?.Description
            ?? $"{method} {endpoint.RoutePattern.RawText}";
        var route = $"The same as {method} {endpoint.RoutePattern.RawText}.";
        if (paid is null) return $"{summary} {route} Free.";
        var operation = product?.FindOperation(paid.OperationId);
        return $"{summary} {route} Product {paid.ProductId}" + (product is null ? "" : $" ({product.Name})")
            + $"; billed: {operation?.Summary ?? paid.OperationId}, at your subscription's plan. Needs an active subscription; "
            + "a refusal or problem is not billed. Pass idempotencyKey to make a retry return the first answer, billed once.";
    }
}
