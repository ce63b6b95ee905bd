using DataZones.Marketplace.Access;
using DataZones.Marketplace.Ingestion;
using DataZones.Marketplace.Problems;
using DataZones.Zones.Medical.Jobs;
using DataZones.Zones.Medical.Problems;
using DataZones.Zones.Medical.Reference;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using AccessPolicies = DataZones.Marketplace.Access.Policies;

namespace DataZones.Zones.Medical.Api;

/// <summary>
/// The health commission's uploads: <c>POST /zones/medical/ingestions?source=visits|prescriptions&amp;format=csv|jsonl</c>
/// with the file as the body (202 with the job), and <c>GET /zones/medical/ingestions/{id}</c> for its state and
/// every bad line's problems. Only the commission's staff (holder id <c>qingdao-health-commission</c>) or the operator.
/// </summary>
public static class MedicalIngestionApi
{
    public static RouteGroupBuilder MapMedicalIngestionApi(this RouteGroupBuilder zone)
    {
        var ingestions = zone.MapGroup("/ingestions").RequireAuthorization(AccessPolicies.DataHolder).WithTags("Data holders: medical ingestion");
        ingestions.MapPost("/", SubmitAsync)
            .Produces<MedicalIngestionView>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Upload a visits or prescriptions file (CSV or JSON Lines); it is stored and loaded in the background.");
        ingestions.MapGet("/{id}", FindAsync)
            .Produces<MedicalIngestionView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A medical ingestion's state, counts and line problems.");
        return zone;
    }

    private static async Task<IResult> SubmitAsync(string? source, string? format, HttpContext http, MedicalIngestionService ingestion, IOptions<MedicalOptions> options, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (!MedicalSources.TryFromCode(source, out var medicalSource))
        {
            errors.Add(new FieldError("source", "unknown-source", "source is one of " + string.Join(", ", MedicalSources.All.Select(MedicalSources.Code)) + "."));
        }

        IngestionFormat? fileFormat = format switch { "csv" => IngestionFormat.Csv, "jsonl" => IngestionFormat.JsonLines, _ => null };
        if (fileFormat is null) errors.Add(new FieldError("format", "unknown-format", "format is csv or jsonl."));
        if (errors.Count > 0) return Problem.Invalid(errors, MedicalProblemTypes.InvalidMedicalIngestionRequest);
        if (!MayAccess(http)) return Problem.Of(MedicalProblemTypes.MedicalSourceNotPermitted, $"Medical sources belong to {MedicalSources.HolderId}.");

        var limit = options.Value.UploadBytesMaximum;
        if (http.Request.ContentLength > limit) return TooLarge(limit);
        // The zone enforces its own limit while streaming (chunked bodies have no length), so lift the server's.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize) bodySize.MaxRequestBodySize = null;

        var (outcome, job) = await ingestion.SubmitAsync(medicalSource, fileFormat!.Value, http.User.ActorOf(), http.Request.Body, cancellationToken);
        return outcome switch
        {
            MedicalSubmissionOutcome.Accepted => Results.Accepted($"/zones/medical/ingestions/{job!.Id}", MedicalIngestionView.From(job)),
            MedicalSubmissionOutcome.TooLarge => TooLarge(limit),
            MedicalSubmissionOutcome.Empty => Problem.Of(MedicalProblemTypes.MedicalEmptyUpload, "The file to load was empty."),
            _ => Problem.Of(MedicalProblemTypes.MedicalIngestionQueueFull, "The job queue did not take the file; nothing will be loaded. Submit again in a few minutes."),
        };
    }

    private static async Task<IResult> FindAsync(string id, HttpContext http, MedicalIngestionService ingestion, CancellationToken cancellationToken)
    {
        var job = MayAccess(http) ? await ingestion.FindAsync(id, cancellationToken) : null;
        return job is not null
            ? Results.Ok(MedicalIngestionView.From(job))
            : Problem.Of(MedicalProblemTypes.MedicalIngestionNotFound, $"There is no medical ingestion job '{id}' for this caller.");
    }

    private static bool MayAccess(HttpContext http) =>
        http.User.IsInRole(Roles.Operator) || string.Equals(http.User.HolderIdOf(), MedicalSources.HolderId, StringComparison.Ordinal);

    private static IResult TooLarge(long limit) =>
        Problem.Of(MedicalProblemTypes.MedicalUploadTooLarge, $"A file is at most {limit} bytes; split it by person. Nothing was kept.");
}
