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
                var outcome = await exports.ExportAsync(call.ConsumerId, request, call.Subscription.ElevatedGrade, http.RequestAborted);
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
            .WithSummary("Export a subset as a Zarr group with a time-limited read link.");
        return zone;
    }
}
