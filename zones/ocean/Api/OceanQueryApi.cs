using DataZones.Marketplace.Hosting;
using DataZones.Marketplace.Pipeline;
using DataZones.Marketplace.Problems;
using DataZones.Zones.Ocean.Edr;
using DataZones.Zones.Ocean.Output;
using DataZones.Zones.Ocean.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
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
        zone.MapGet("/collections/{collectionId}/" + name, (string collectionId, [AsParameters] EdrQueryArguments arguments, HttpContext http, OceanQueryService queries) =>
                QueryAsync(collectionId, kind, arguments, http, queries))
            .Paid(OceanProducts.QueriesProductId, OceanProducts.QueryOperationId)
            .WithQueryParameters(EdrQueryParameterDocs.For(kind))
            .Produces(StatusCodes.Status200OK, contentType: CoverageJsonWriter.MediaType, additionalContentTypes: [CsvWriter.MediaType, Output.NetCdf.NetCdfWriter.MediaType])
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary(summary);

    private static async Task<IResult> QueryAsync(string collectionId, EdrQueryKind kind, EdrQueryArguments arguments, HttpContext http, OceanQueryService queries)
    {
        var elevated = PaidCallContext.Of(http)?.Subscription.ElevatedGrade ?? false;
        var outcome = await queries.QueryAsync(collectionId, kind, arguments.ToParameters(), arguments.F, elevated, http.RequestAborted);
        return outcome.Status switch
        {
            QueryOutcomeStatus.Answered => Answer(http, collectionId, kind, outcome),
            QueryOutcomeStatus.CollectionNotFound => Problem.Of(OceanProblemTypes.CollectionNotFound, $"There is no collection '{collectionId}'."),
            QueryOutcomeStatus.UnknownFormat => Problem.Of(OceanProblemTypes.UnknownFormat, $"'f={arguments.F}' is not offered; use f=CoverageJSON, f=CSV or f=NetCDF."),
            QueryOutcomeStatus.TooManyValues => EdrProblemResults.TooMany(OceanProblemTypes.TooManyValues, outcome.Problems![0], outcome.Plan!, outcome.ValuesMax),
            _ => EdrProblemResults.Invalid(outcome.Problems!),
        };
    }

    /// <summary>
    /// The answer; a CSV or NetCDF one as a file a browser saves under a name that says what it holds
    /// (<c>{collection}-{query}.csv|nc</c>), as ERDDAP names its files. CoverageJSON stays inline, a document to read.
    /// </summary>
    private static PaidAnswer Answer(HttpContext http, string collectionId, EdrQueryKind kind, OceanQueryOutcome outcome)
    {
        if (OutputFormats.FileExtension(outcome.Format) is { } extension)
        {
            var disposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("attachment");
            disposition.SetHttpFileName($"{collectionId}-{kind.ToString().ToLowerInvariant()}.{extension}");
            http.Response.Headers.ContentDisposition = disposition.ToString();
        }
        if (outcome.Withheld is { } withheld)
        {
            // Said in the body too (CoverageJSON's dz:withheld, CSV's withheld column); the headers let a client tell before parsing.
            http.Response.Headers[WithheldCellsHeader] = withheld.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            http.Response.Headers[WithheldReasonHeader] = WithheldCells.Reason;
        }
        return PaidAnswer.Bytes(outcome.Body!, outcome.MediaType!, outcome.Units);
    }

    /// <summary>How many cells of the selection are withheld (per time step), on answers that withhold any.</summary>
    public const string WithheldCellsHeader = "Ocean-Withheld-Cells";

    public const string WithheldReasonHeader = "Ocean-Withheld-Reason";
}
