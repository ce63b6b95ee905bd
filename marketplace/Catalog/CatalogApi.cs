using DataZones.Marketplace.Access;
using DataZones.Marketplace.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DataZones.Marketplace.Catalog;

/// <summary><c>GET /catalog</c> for everyone, and the operator's listing and price overrides.</summary>
public static class CatalogApi
{
    public sealed record ListingRequest(bool Listed);

    // Named rather than anonymous answer shapes: the compile-time request delegate generator (a cold-start measure,
    // docs/decisions/hosting.md) cannot name anonymous types in the typed results it generates.
    public sealed record CatalogView(IEnumerable<ZoneView> Zones);

    public sealed record ZoneView(string Id, IReadOnlyList<object> Products);

    public sealed record ProductListingView(bool Listed, object Product);

    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/catalog", async (CatalogService catalog, CancellationToken ct) =>
        {
            var products = (await catalog.ListAsync(ct)).Where(p => p.Listed).ToList();
            return TypedResults.Ok(new CatalogView(products.GroupBy(p => p.Descriptor.Zone).Select(zone => new ZoneView(zone.Key, zone.Select(Describe).ToList()))));
        }).AllowAnonymous().WithTags("Catalog").WithSummary("Zones, listed products, their operations and price plans.");

        var admin = endpoints.MapGroup("/operator/catalog/products").RequireAuthorization(Policies.Operator).WithTags("Operator: catalog");
        admin.MapGet("/", async (CatalogService catalog, CancellationToken ct) =>
            TypedResults.Ok((await catalog.ListAsync(ct)).Select(p => new ProductListingView(p.Listed, Describe(p)))))
            .WithSummary("Every product, listed or not.");
        admin.MapPut("/{productId}/listing", async (string productId, ListingRequest request, CatalogService catalog, HttpContext http, CancellationToken ct) =>
        {
            if (await catalog.FindAsync(productId, ct) is null) return Problem.Of(ProblemTypes.NotFound, $"No product '{productId}'.");
            await catalog.SetListedAsync(productId, request.Listed, http.User.ActorOf(), ct);
            return Results.NoContent();
        }).WithSummary("List or unlist a product (audited).");
        admin.MapPut("/{productId}/plans", async (string productId, List<PricePlanDocument>? plans, CatalogService catalog, HttpContext http, CancellationToken ct) =>
        {
            if (await catalog.FindAsync(productId, ct) is null) return Problem.Of(ProblemTypes.NotFound, $"No product '{productId}'.");
            var errors = PlanValidation.Check(plans);
            if (errors.Count > 0) return Problem.Invalid(errors);
            await catalog.SetPlansAsync(productId, plans!.Select(p => p.ToPlan()).ToList(), http.User.ActorOf(), ct);
            return Results.NoContent();
        }).WithSummary("Replace a product's price plans (audited); every invalid rule is reported at once.");
        admin.MapDelete("/{productId}/plans", async (string productId, CatalogService catalog, HttpContext http, CancellationToken ct) =>
        {
            if (await catalog.FindAsync(productId, ct) is null) return Problem.Of(ProblemTypes.NotFound, $"No product '{productId}'.");
            await catalog.SetPlansAsync(productId, null, http.User.ActorOf(), ct);
            return Results.NoContent();
        }).WithSummary("Restore the zone's own price plans (audited).");
        return endpoints;
    }

    private static object Describe(CatalogProduct p) => new
    {
        id = p.Id,
        name = p.Descriptor.Name,
        description = p.Descriptor.Description,
        grade = p.Descriptor.Grade.ToString().ToLowerInvariant(),
        holders = p.Descriptor.HolderIds,
        requiresConsent = p.Descriptor.RequiresConsent,
        operations = p.Descriptor.Operations.Select(o => new { id = o.Id, summary = o.Summary, meter = o.Meter.ToString() }),
        plans = p.Plans.Select(PricePlanDocument.From),
    };
}
