using DataZones.Marketplace.Access;
using DataZones.Marketplace.Mcp;
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
        endpoints.MapGet("/catalog", async (CatalogService catalog, TimeProvider time, CancellationToken ct) =>
        {
            var products = (await catalog.ListAsync(ct)).Where(p => p.Listed).ToList();
            var now = time.GetUtcNow();
            return TypedResults.Ok(new CatalogView(products.GroupBy(p => p.Descriptor.Zone).Select(zone => new ZoneView(zone.Key, zone.Select(p => Describe(p, now)).ToList()))));
        }).AllowAnonymous().WithTags("Catalog").WithSummary("Zones, listed products, their operations and price plans.").AsFreeTool("catalog");

        var admin = endpoints.MapGroup("/operator/catalog/products").RequireAuthorization(Policies.Operator).WithTags("Operator: catalog");
        admin.MapGet("/", async (CatalogService catalog, TimeProvider time, CancellationToken ct) =>
            TypedResults.Ok((await catalog.ListAsync(ct)).Select(p => new ProductListingView(p.Listed, Describe(p, time.GetUtcNow())))))
            .WithSummary("Every product, listed or not.");
        admin.MapPut("/{productId}/listing", async (string productId, ListingRequest request, CatalogService catalog, HttpContext http, CancellationToken ct) =>
        {
            if (await catalog.FindAsync(productId, ct) is null) return Problem.Of(ProblemTypes.NotFound, $"No product '{productId}'.");
            await catalog.SetListedAsync(productId, request.Listed, http.User.ActorOf(), ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).WithSummary("List or unlist a product (audited).");
        admin.MapPut("/{productId}/plans", async (string productId, string? effectiveFrom, List<PricePlanDocument>? plans, CatalogService catalog, HttpContext http, CancellationToken ct) =>
        {
            if (await catalog.FindAsync(productId, ct) is null) return Problem.Of(ProblemTypes.NotFound, $"No product '{productId}'.");
            var errors = PlanValidation.Check(plans).ToList();
            if (!TryParseMonth(effectiveFrom, out var month)) errors.Add(InvalidMonth());
            if (errors.Count > 0) return Problem.Invalid(errors);
            return Saved(await catalog.SetPlansAsync(productId, plans!.Select(p => p.ToPlan()).ToList(), month, http.User.ActorOf(), ct));
        }).DescribesPriceListSave().WithSummary("Save a new version of a product's price plans (audited), in force from the start of ?effectiveFrom=yyyy-MM "
            + "(default and earliest: the next month starting at least an hour from now); every invalid rule is reported at once.");
        admin.MapDelete("/{productId}/plans", async (string productId, string? effectiveFrom, CatalogService catalog, HttpContext http, CancellationToken ct) =>
        {
            if (await catalog.FindAsync(productId, ct) is null) return Problem.Of(ProblemTypes.NotFound, $"No product '{productId}'.");
            if (!TryParseMonth(effectiveFrom, out var month)) return Problem.Invalid([InvalidMonth()]);
            return Saved(await catalog.SetPlansAsync(productId, null, month, http.User.ActorOf(), ct));
        }).DescribesPriceListSave().WithSummary("Restore the zone's own price plans as a new version, from ?effectiveFrom=yyyy-MM as for a change (audited).");
        return endpoints;
    }

    public sealed record PriceListView(int Version, DateTimeOffset EffectiveFrom, IEnumerable<PricePlanDocument> Plans);

    /// <summary>What saving a price list answers: the version saved, or 409 when another change won the race.</summary>
    private static RouteHandlerBuilder DescribesPriceListSave(this RouteHandlerBuilder route) =>
        route.Produces<PriceListView>().ProducesProblem(StatusCodes.Status409Conflict);

    private static IResult Saved(PriceListSaveResult result)
    {
        if (result.Saved is { } saved) return Results.Ok(new PriceListView(saved.Version, saved.EffectiveFrom, saved.Plans.Select(PricePlanDocument.From)));
        if (result.Conflict) return Problem.Of(ProblemTypes.Conflict, "Another price change was saved at the same moment; read the catalog and retry.");
        return Problem.Invalid([new FieldError("effectiveFrom", PriceChangeRules.EffectiveFromTooSoon,
            $"A price change takes effect at the start of a month at least an hour away, so calls already priced are never repriced: {result.EarliestMonth:yyyy-MM} at the earliest.")]);
    }

    private static bool TryParseMonth(string? text, out DateOnly? month)
    {
        month = null;
        if (text is null) return true;
        if (!DateOnly.TryParseExact(text, "yyyy-MM", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed)) return false;
        month = parsed;
        return true;
    }

    private static FieldError InvalidMonth() => new("effectiveFrom", "invalid-period", "Give the month as yyyy-MM.");

    private static object Describe(CatalogProduct p, DateTimeOffset now) => new
    {
        id = p.Id,
        name = p.Descriptor.Name,
        description = p.Descriptor.Description,
        grade = p.Descriptor.Grade.ToString().ToLowerInvariant(),
        holders = p.Descriptor.HolderIds,
        requiresConsent = p.Descriptor.RequiresConsent,
        operations = p.Descriptor.Operations.Select(o => new { id = o.Id, summary = o.Summary, meter = o.Meter.ToString() }),
        planVersion = p.PriceListAt(now).Version,
        plans = p.PlansAt(now).Select(PricePlanDocument.From),
        scheduledPlans = p.ScheduledAfter(now).Select(v => new PriceListView(v.Version, v.EffectiveFrom, v.Plans.Select(PricePlanDocument.From))),
    };
}
