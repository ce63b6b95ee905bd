using DataZones.Marketplace.Problems;
using DataZones.Zones.Ocean.Registry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DataZones.Zones.Ocean.Api;

/// <summary>
/// The EDR metadata: the landing page <c>GET /zones/ocean</c>, <c>/conformance</c>, <c>/collections</c> and
/// <c>/collections/{id}</c> — what data exists, its extent, parameters, units and CRS, and how to query it. Anonymous,
/// like the product catalog: a researcher decides whether to subscribe from this, and it holds no values.
/// </summary>
public static class OceanCollectionsApi
{
    public const string BasePath = "/zones/ocean";

    public static RouteGroupBuilder MapOceanCollections(this RouteGroupBuilder zone)
    {
        zone.MapGet("", () => Results.Json(EdrLandingDocuments.Landing(BasePath)))
            .AllowAnonymous().Produces(StatusCodes.Status200OK, contentType: EdrLinks.Json).WithSummary("The EDR landing page: links to the API definition, conformance and collections.");
        zone.MapGet("/conformance", () => Results.Json(EdrLandingDocuments.Conformance()))
            .AllowAnonymous().Produces(StatusCodes.Status200OK, contentType: EdrLinks.Json).WithSummary("The OGC API conformance classes the ocean zone implements.");
        zone.MapGet("/collections", async (DatasetRegistry registry, CancellationToken ct) =>
        {
            var entries = await registry.ListAsync(ct);
            var datasets = new List<Datasets.DatasetDescriptor>();
            foreach (var entry in entries.OrderBy(e => e.Id, StringComparer.Ordinal))
            {
                if (await registry.OpenAsync(entry.Id, ct) is { } dataset)
                {
                    datasets.Add(dataset.Descriptor);
                }
            }
            return Results.Json(CollectionDocuments.Collections(datasets, BasePath));
        }).AllowAnonymous().Produces(StatusCodes.Status200OK, contentType: EdrLinks.Json).WithSummary("The ocean collections (datasets), with extents and parameters.");

        zone.MapGet("/collections/{collectionId}", async (string collectionId, DatasetRegistry registry, CancellationToken ct) =>
            await registry.OpenAsync(collectionId, ct) is { } dataset
                ? Results.Json(CollectionDocuments.Collection(dataset.Descriptor, BasePath))
                : Problem.Of(OceanProblemTypes.CollectionNotFound, $"There is no collection '{collectionId}'; GET {BasePath}/collections lists them."))
            .AllowAnonymous().Produces(StatusCodes.Status200OK, contentType: EdrLinks.Json).WithSummary("One collection: extent, parameters with units, CRS, temporal extent, queries.");
        return zone;
    }
}
