using DataZones.Marketplace.Access;
using DataZones.Marketplace.Ingestion;
using DataZones.Marketplace.Problems;
using DataZones.Zones.Transport.Jobs;
using DataZones.Zones.Transport.Problems;
using DataZones.Zones.Transport.Reference;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using AccessPolicies = DataZones.Marketplace.Access.Policies;

namespace DataZones.Zones.Transport.Api;

/// <summary>
/// The holders' uploads: <c>POST /zones/transport/ingestions?source=vehicles|registration-events|…&amp;format=csv|jsonl</c>
/// with the file as the body (202 with the job), and <c>GET /zones/transport/ingestions/{id}</c> for its state and
/// every bad line's problems. Each source only by its holder's staff (vehicle administration, transport service
/// centre, traffic police), or the operator.
/// </summary>
public static class TransportIngestionApi
{
    public static RouteGroupBuilder MapTransportIngestionApi(this RouteGroupBuilder zone)
    {
        var ingestions = zone.MapGroup("/ingestions").RequireAuthorization(AccessPolicies.DataHolder).WithTags("Data holders: transport ingestion");
        ingestions.MapPost("/", SubmitAsync)
            .Produces<TransportIngestionView>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Upload a holder's transport file (CSV or JSON Lines); it is stored and loaded in the background.");
        ingestions.MapGet("/{id}", FindAsync)
            .Produces<TransportIngestionView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A transport ingestion's state, counts and line problems.");
        return zone;
    }

    private static async Task<IResult> SubmitAsync(string? source, string? format, HttpContext http, TransportIngestionService ingestion, IOptions<TransportOptions> options, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (!TransportSources.TryFromCode(source, out var transportSource))
        {
            errors.Add(new FieldError("source", "unknown-source", "source is one of " + string.Join(", ", TransportSources.All.Select(TransportSources.Code)) + "."));
        }

        IngestionFormat? fileFormat = format switch { "csv" => IngestionFormat.Csv, "jsonl" => IngestionFormat.JsonLines, _ => null };
        if (fileFormat is null) errors.Add(new FieldError("format", "unknown-format", "format is csv or jsonl."));
        if (errors.Count > 0) return Problem.Invalid(errors, TransportProblemTypes.InvalidTransportIngestionRequest);
        if (!MayAccess(http, transportSource)) return Problem.Of(TransportProblemTypes.TransportSourceNotPermitted, $"The {TransportSources.Code(transportSource)} source belongs to {TransportSources.Holder(transportSource).Id}.");

        var limit = options.Value.UploadBytesMaximum;
        if (http.Request.ContentLength > limit) return TooLarge(limit);
        // The zone enforces its own limit while streaming (chunked bodies have no length), so lift the server's.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize) bodySize.MaxRequestBodySize = null;

        var (outcome, job) = await ingestion.SubmitAsync(transportSource, fileFormat!.Value, http.User.ActorOf(), http.Request.Body, cancellationToken);
        return outcome switch
        {
            TransportSubmissionOutcome.Accepted => Results.Accepted($"/zones/transport/ingestions/{job!.Id}", TransportIngestionView.From(job)),
            TransportSubmissionOutcome.TooLarge => TooLarge(limit),
            TransportSubmissionOutcome.Empty => Problem.Of(TransportProblemTypes.TransportEmptyUpload, "The file to load was empty."),
            _ => Problem.Of(TransportProblemTypes.TransportIngestionQueueFull, "The job queue did not take the file; nothing will be loaded. Submit again in a few minutes."),
        };
    }

    private static async Task<IResult> FindAsync(string id, HttpContext http, TransportIngestionService ingestion, CancellationToken cancellationToken)
    {
        var job = await ingestion.FindAsync(id, cancellationToken);
        if (job is not null && !MayAccess(http, job.Source)) job = null;
        return job is not null
            ? Results.Ok(TransportIngestionView.From(job))
            : Problem.Of(TransportProblemTypes.TransportIngestionNotFound, $"There is no transport ingestion job '{id}' for this caller.");
    }

    // Each holder sees only its own sources' uploads; the operator sees all.
    private static bool MayAccess(HttpContext http, TransportSource source) =>
        http.User.IsInRole(Roles.Operator) || string.Equals(http.User.HolderIdOf(), TransportSources.Holder(source).Id, StringComparison.Ordinal);

    private static IResult TooLarge(long limit) =>
        Problem.Of(TransportProblemTypes.TransportUploadTooLarge, $"A file is at most {limit} bytes; split it by vehicle. Nothing was kept.");
}
