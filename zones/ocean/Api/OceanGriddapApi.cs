using DataZones.Marketplace.Mcp;
using DataZones.Marketplace.Pipeline;
using DataZones.Marketplace.Problems;
using DataZones.Zones.Ocean.Griddap;
using DataZones.Zones.Ocean.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DataZones.Zones.Ocean.Api;

/// <summary>
/// ERDDAP griddap-style access, <c>GET /zones/ocean/griddap/{dataset}.{csv|csvp|json|nc}?var[(a):1:(b)][…][…]</c>,
/// so erddapy- and rerddap-style scripts work against the zone: the same product, operation, limit, masking and
/// per-value billing as an EDR query.
/// </summary>
public static class OceanGriddapApi
{
    public static RouteGroupBuilder MapOceanGriddap(this RouteGroupBuilder zone)
    {
        zone.MapGet("/griddap/{file}", async (string file, HttpContext http, GriddapService griddap) =>
            {
                var dot = file.LastIndexOf('.');
                if (dot <= 0)
                {
                    return Problem.Of(OceanProblemTypes.UnknownFormat, $"'{file}' names no file type; use {{dataset}}.csv, .csvp, .json or .nc.");
                }
                var (dataset, fileType) = (file[..dot], file[(dot + 1)..]);
                var elevated = PaidCallContext.Of(http)?.Subscription.ElevatedGrade ?? false;
                var outcome = await griddap.QueryAsync(dataset, fileType, http.Request.QueryString.Value ?? "", elevated, http.RequestAborted);
                switch (outcome.Status)
                {
                    case QueryOutcomeStatus.Answered:
                        var disposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue(fileType == "json" ? "inline" : "attachment");
                        disposition.SetHttpFileName(file);
                        http.Response.Headers.ContentDisposition = disposition.ToString();
                        return PaidAnswer.Bytes(outcome.Body!, outcome.MediaType!, outcome.Units);
                    case QueryOutcomeStatus.CollectionNotFound:
                        return Problem.Of(OceanProblemTypes.CollectionNotFound, $"There is no dataset '{dataset}'.");
                    case QueryOutcomeStatus.UnknownFormat:
                        return Problem.Of(OceanProblemTypes.UnknownFormat, $"'.{fileType}' is not offered; use .csv, .csvp, .json or .nc.");
                    case QueryOutcomeStatus.TooManyValues:
                        return EdrProblemResults.TooMany(OceanProblemTypes.TooManyValues, outcome.Problems![0], outcome.Plan!, outcome.ValuesMax);
                    default:
                        return EdrProblemResults.Invalid(outcome.Problems!);
                }
            })
            .Paid(OceanProducts.QueriesProductId, OceanProducts.QueryOperationId)
            // ERDDAP's constraints are the whole query string, not named arguments; agents use the EDR query tools.
            .NotATool()
            .Produces(StatusCodes.Status200OK, contentType: "text/csv", additionalContentTypes: ["application/json", "application/x-netcdf"])
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("ERDDAP griddap-style subset: {dataset}.csv|csvp|json|nc?var[(start):1:(stop)][(lat)][(lon)], values in parentheses or indices.");
        return zone;
    }
}
