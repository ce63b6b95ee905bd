using DataZones.Marketplace.Pipeline;
using DataZones.Marketplace.Problems;
using DataZones.Zones.Ocean.Exports;
using DataZones.Zones.Ocean.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DataZones.Zones.Ocean.Api;

/// <summary>
/// <c>POST /zones/ocean/exports</c>: a subset written as a Zarr group to the consumer's container, answered with a
/// time-limited read link; billed per started megabyte written.
/// </summary>
public static class OceanExportsApi
{
    public static RouteGroupBuilder MapOceanExports(this RouteGroupBuilder zone)
    {
        zone.MapPost("/exports", async (ExportRequest request, HttpContext http, ExportService exports) =>
            {
                var call = PaidCallContext.Of(http)!;
                var linkBase = new Uri($"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/");
                var outcome = await exports.ExportAsync(call.ConsumerId, request, call.Subscription.ElevatedGrade, linkBase, http.RequestAborted);
                return outcome.Status switch
                {
                    QueryOutcomeStatus.Answered => PaidAnswer.Json(outcome.Receipt!, outcome.Receipt!.Megabytes),
                    QueryOutcomeStatus.CollectionNotFound => Problem.Of(OceanProblemTypes.CollectionNotFound, $"There is no collection '{request.Collection}'."),
                    QueryOutcomeStatus.TooManyValues => EdrProblemResults.TooMany(OceanProblemTypes.ExportTooLarge, outcome.Problems![0], outcome.Plan!, outcome.ValuesMax),
                    _ => EdrProblemResults.Invalid(outcome.Problems!, OceanProblemTypes.InvalidExport),
                };
            })
            .Paid(OceanProducts.ExportsProductId, OceanProducts.ExportOperationId)
            .Produces<Exports.ExportReceipt>()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("Export a subset as a Zarr group or one NetCDF file, with time-limited read links.");

        // The export's Zarr link: the token in the path is the credential (a capability, like a SAS), so the link
        // works as it is in xarray, zarr and fsspec over plain HTTPS. Each key redirects to a short-lived blob link.
        zone.MapMethods("/exports/links/{token}/{**key}", [HttpMethods.Get, HttpMethods.Head], async (string token, string? key, HttpContext http, ExportKeyLinks keys) =>
            {
                var outcome = await keys.ResolveAsync(token, key, http.RequestAborted);
                http.Response.Headers.CacheControl = "no-store";
                return outcome.Status switch
                {
                    ExportKeyLinks.Status.Redirect => Results.Redirect(outcome.Location!.AbsoluteUri, permanent: false, preserveMethod: true),
                    ExportKeyLinks.Status.InvalidKey => Problem.Of(OceanProblemTypes.InvalidExportKey,
                        $"'{key}' is not a Zarr key of the export (e.g. .zmetadata or sea_surface_temperature/0.0.0)."),
                    _ => Problem.Of(OceanProblemTypes.ExportLinkNotFound, "The export link is unknown or has expired; export again."),
                };
            })
            .AllowAnonymous()
            .Produces(StatusCodes.Status307TemporaryRedirect)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One key of an export's Zarr group, by its Zarr link (a redirect to a short-lived blob link).");
        return zone;
    }
}
