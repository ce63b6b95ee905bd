using DataZones.Marketplace.Pipeline;
using DataZones.Marketplace.Problems;
using DataZones.Zones.Ocean.Edr;
using DataZones.Zones.Ocean.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DataZones.Zones.Ocean.Api;

/// <summary>
/// The paid EDR queries: <c>GET /zones/ocean/collections/{id}/position|area|cube</c> with <c>coords</c> or
/// <c>bbox</c>, <c>datetime</c>, <c>parameter-name</c>, <c>z</c>, <c>aggregate</c> and <c>f</c>. Billed per value
/// returned; problems (bad input, unknown collection, too many values) are not billed.
/// </summary>
public static class OceanQueryApi
{
    public static RouteGroupBuilder MapOceanQueries(this RouteGroupBuilder zone)
    {
        Map(zone, "position", EdrQueryKind.Position, "Time series at the grid cell nearest to coords=POINT(lon lat).");
        Map(zone, "area", EdrQueryKind.Area, "Cells whose centres lie in coords=POLYGON((lon lat, …)).");
        Map(zone, "cube", EdrQueryKind.Cube, "Cells whose centres lie in bbox=minLon,minLat,maxLon,maxLat.");
        return zone;
    }

    private static void Map(RouteGroupBuilder zone, string name, EdrQueryKind kind, string summary) =>
        zone.MapGet("/collections/{collectionId}/" + name, (string collectionId, HttpContext http, OceanQueryService queries) =>
                QueryAsync(collectionId, kind, http, queries))
            .Paid(OceanProducts.QueriesProductId, OceanProducts.QueryOperationId)
            .Produces<System.Text.Json.Nodes.JsonObject>(StatusCodes.Status200OK, "application/prs.coverage+json", "text/csv")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary(summary);

    private static async Task<IResult> QueryAsync(string collectionId, EdrQueryKind kind, HttpContext http, OceanQueryService queries)
    {
        var query = http.Request.Query;
        var parameters = new EdrQueryParameters(
            Coords: query["coords"], Bbox: query["bbox"], Datetime: query["datetime"], ParameterName: query["parameter-name"],
            Z: query["z"], Aggregate: query["aggregate"], Crs: query["crs"], ResolutionX: query["resolution-x"], ResolutionY: query["resolution-y"]);
        var elevated = PaidCallContext.Of(http)?.Subscription.ElevatedGrade ?? false;
        var outcome = await queries.QueryAsync(collectionId, kind, parameters, query["f"], elevated, http.RequestAborted);
        return outcome.Status switch
        {
            QueryOutcomeStatus.Answered => Answer(http, collectionId, kind, outcome),
            QueryOutcomeStatus.CollectionNotFound => Problem.Of(OceanProblemTypes.CollectionNotFound, $"There is no collection '{collectionId}'."),
            QueryOutcomeStatus.UnknownFormat => Problem.Of(OceanProblemTypes.UnknownFormat, $"'f={query["f"]}' is not offered; use f=CoverageJSON or f=CSV."),
            QueryOutcomeStatus.TooManyValues => EdrProblemResults.TooMany(OceanProblemTypes.TooManyValues, outcome.Problems![0], outcome.Plan!, outcome.ValuesMax),
            _ => EdrProblemResults.Invalid(outcome.Problems!),
        };
    }

    /// <summary>
    /// The answer; a CSV one as a file a browser saves under a name that says what it holds
    /// (<c>{collection}-{query}.csv</c>), as ERDDAP names its files. CoverageJSON stays inline, a document to read.
    /// </summary>
    private static PaidAnswer Answer(HttpContext http, string collectionId, EdrQueryKind kind, OceanQueryOutcome outcome)
    {
        if (outcome.MediaType!.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase))
        {
            var disposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("attachment");
            disposition.SetHttpFileName($"{collectionId}-{kind.ToString().ToLowerInvariant()}.csv");
            http.Response.Headers.ContentDisposition = disposition.ToString();
        }
        return PaidAnswer.Bytes(outcome.Body!, outcome.MediaType!, outcome.Units);
    }
}
