using DataZones.Marketplace.Ingestion;
using DataZones.Marketplace.Access;
using AccessPolicies = DataZones.Marketplace.Access.Policies;
using DataZones.Marketplace.Problems;
using DataZones.Marketplace.Uploads;
using DataZones.Zones.Finance.Ingestion;
using DataZones.Zones.Finance.Jobs;
using DataZones.Zones.Finance.Problems;
using DataZones.Zones.Finance.Reference;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace DataZones.Zones.Finance.Api;

/// <summary>
/// Data holders' uploads: <c>POST /zones/finance/ingestions?source=…&amp;format=csv|jsonl</c> with the file as the
/// body (202 with the job); for files of any size, <c>POST /zones/finance/ingestions/links?source=…&amp;format=…</c>
/// (a write link to Blob Storage) then <c>POST /zones/finance/ingestions/{id}/commit</c>; and
/// <c>GET /zones/finance/ingestions/{id}</c> for its status. A holder uploads and sees only its own sources; the
/// operator any.
/// </summary>
public static class IngestionApi
{
    public static RouteGroupBuilder MapIngestionApi(this RouteGroupBuilder zone)
    {
        var ingestions = zone.MapGroup("/ingestions").RequireAuthorization(AccessPolicies.DataHolder).WithTags("Data holders: finance ingestion");
        ingestions.MapPost("/", SubmitAsync)
            .Produces<IngestionJobView>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Upload a source file (CSV or JSON Lines); it is stored and loaded in the background.");
        ingestions.MapPost("/links", BeginLinkedAsync)
            .Produces<LinkedUploadView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Ask for a write link to upload a file of any size straight to Blob Storage; commit it afterwards.");
        ingestions.MapPost("/{id}/commit", CommitAsync)
            .Produces<IngestionJobView>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Load a file uploaded through a write link: checks it and queues the job.");
        ingestions.MapGet("/{id}", FindAsync)
            .Produces<IngestionJobView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("An ingestion job's state, counts and line problems.");
        return zone;
    }

    public static string FormatName(IngestionFormat format) => format == IngestionFormat.Csv ? "csv" : "jsonl";

    private static async Task<IResult> SubmitAsync(
        string? source, string? format, HttpContext http, IngestionService ingestion, IOptions<FinanceOptions> options, CancellationToken cancellationToken)
    {
        if (Validate(source, format, http) is { } refused) return refused;
        var financeSource = Source(source);
        var fileFormat = FormatOf(format)!;

        var limit = options.Value.UploadBytesMaximum;
        if (http.Request.ContentLength > limit) return TooLarge(limit);
        // The zone enforces its own limit while streaming (chunked bodies have no length), so lift the server's.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize) bodySize.MaxRequestBodySize = null;

        var submission = await ingestion.SubmitAsync(financeSource, fileFormat.Value, http.User.ActorOf(), http.Request.Body, cancellationToken);
        return Answer(submission.Outcome, submission.Job, limit);
    }

    private static async Task<IResult> BeginLinkedAsync(string? source, string? format, HttpContext http, LinkedUploadService uploads, CancellationToken cancellationToken)
    {
        if (Validate(source, format, http) is { } refused) return refused;
        var (job, link) = await uploads.BeginAsync(Source(source), FormatOf(format)!.Value, http.User.ActorOf(), cancellationToken);
        var location = $"/zones/finance/ingestions/{job.Id}";
        return Results.Created(location, new LinkedUploadView(IngestionJobView.From(job), link.Url, link.ExpiresAt, location + "/commit", WriteLink.PutHeaders));
    }

    private static async Task<IResult> CommitAsync(string id, HttpContext http, IngestionService ingestion, LinkedUploadService uploads, IOptions<FinanceOptions> options, CancellationToken cancellationToken)
    {
        var job = await ingestion.FindAsync(id, cancellationToken);
        if (job is null || !FinanceHolderAccess.MaySee(http.User.HolderIdOf(), http.User.IsInRole(Roles.Operator), job))
        {
            return Problem.Of(FinanceProblemTypes.IngestionNotFound, $"There is no ingestion job '{id}' for this caller.");
        }
        if (job.State != IngestionJobState.AwaitingUpload)
        {
            return Problem.Of(FinanceProblemTypes.IngestionNotAwaitingUpload, $"The ingestion is {IngestionJobView.From(job).State}; only one awaiting its upload can be committed.");
        }
        var (outcome, queued) = await uploads.CommitAsync(job, cancellationToken);
        return outcome == IngestionSubmissionOutcome.Empty && queued is not null
            ? Problem.Of(FinanceProblemTypes.EmptyUpload, "Nothing has been uploaded through the link yet; upload the file, then commit again.")
            : Answer(outcome, queued, options.Value.LinkUploadBytesMaximum);
    }

    private static IResult Answer(IngestionSubmissionOutcome outcome, IngestionJob? job, long limit) => outcome switch
    {
        IngestionSubmissionOutcome.Accepted => Results.Accepted($"/zones/finance/ingestions/{job!.Id}", IngestionJobView.From(job)),
        IngestionSubmissionOutcome.TooLarge => TooLarge(limit),
        IngestionSubmissionOutcome.Empty => Problem.Of(FinanceProblemTypes.EmptyUpload, "The file to load was empty."),
        _ => Problem.Of(FinanceProblemTypes.IngestionQueueFull, "The job queue did not take the file; nothing will be loaded. Submit again in a few minutes."),
    };

    private static FinanceSource Source(string? code) => FinanceSources.TryFromCode(code, out var source) ? source : throw new ArgumentException("validated before", nameof(code));

    private static IngestionFormat? FormatOf(string? format) => format switch { "csv" => IngestionFormat.Csv, "jsonl" => IngestionFormat.JsonLines, _ => null };

    /// <summary>A problem when the source or format is unknown, or the caller may not upload that source.</summary>
    private static IResult? Validate(string? source, string? format, HttpContext http)
    {
        var errors = new List<FieldError>();
        if (!FinanceSources.TryFromCode(source, out var financeSource))
        {
            errors.Add(new FieldError("source", "unknown-source", "source is one of " + string.Join(", ", FinanceSources.All.Select(FinanceSources.Code)) + "."));
        }

        if (FormatOf(format) is null) errors.Add(new FieldError("format", "unknown-format", "format is csv or jsonl."));
        if (errors.Count > 0) return Problem.Invalid(errors, FinanceProblemTypes.InvalidIngestionRequest);

        if (!FinanceHolderAccess.MayUpload(http.User.HolderIdOf(), http.User.IsInRole(Roles.Operator), financeSource))
        {
            return Problem.Of(FinanceProblemTypes.SourceNotPermitted,
                $"The source {source} belongs to {FinanceSources.Holder(financeSource).Id}; a data holder uploads only its own sources.");
        }

        return null;
    }

    private static async Task<IResult> FindAsync(string id, HttpContext http, IngestionService ingestion, CancellationToken cancellationToken)
    {
        var job = await ingestion.FindAsync(id, cancellationToken);
        // Another holder's job is reported as absent: its existence is not the caller's business.
        return job is not null && FinanceHolderAccess.MaySee(http.User.HolderIdOf(), http.User.IsInRole(Roles.Operator), job)
            ? Results.Ok(IngestionJobView.From(job))
            : Problem.Of(FinanceProblemTypes.IngestionNotFound, $"There is no ingestion job '{id}' for this caller.");
    }

    private static IResult TooLarge(long limit) =>
        Problem.Of(FinanceProblemTypes.UploadTooLarge, $"A file is at most {limit} bytes; split it by enterprise. Nothing was kept.");
}
