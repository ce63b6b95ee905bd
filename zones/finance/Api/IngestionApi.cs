using DataZones.Marketplace.Access;
using AccessPolicies = DataZones.Marketplace.Access.Policies;
using DataZones.Marketplace.Problems;
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
/// body (202 with the job), and <c>GET /zones/finance/ingestions/{id}</c> for its status. A holder uploads and sees
/// only its own sources; the operator any.
/// </summary>
public static class IngestionApi
{
    public static RouteGroupBuilder MapIngestionApi(this RouteGroupBuilder zone)
    {
        var ingestions = zone.MapGroup("/ingestions").RequireAuthorization(AccessPolicies.DataHolder).WithTags("Data holders: finance ingestion");
        ingestions.MapPost("/", SubmitAsync)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("Upload a source file (CSV or JSON Lines); it is stored and loaded in the background.");
        ingestions.MapGet("/{id}", FindAsync).WithSummary("An ingestion job's state, counts and line problems.");
        return zone;
    }

    public static string FormatName(IngestionFormat format) => format == IngestionFormat.Csv ? "csv" : "jsonl";

    private static async Task<IResult> SubmitAsync(
        string? source, string? format, HttpContext http, IngestionService ingestion, IOptions<FinanceOptions> options, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (!FinanceSources.TryFromCode(source, out var financeSource))
        {
            errors.Add(new FieldError("source", "unknown-source", "source is one of " + string.Join(", ", FinanceSources.All.Select(FinanceSources.Code)) + "."));
        }

        IngestionFormat? fileFormat = format switch { "csv" => IngestionFormat.Csv, "jsonl" => IngestionFormat.JsonLines, _ => null };
        if (fileFormat is null) errors.Add(new FieldError("format", "unknown-format", "format is csv or jsonl."));
        if (errors.Count > 0) return Problem.Invalid(errors, FinanceProblemTypes.InvalidIngestionRequest);

        if (!FinanceHolderAccess.MayUpload(http.User.HolderIdOf(), http.User.IsInRole(Roles.Operator), financeSource))
        {
            return Problem.Of(FinanceProblemTypes.SourceNotPermitted,
                $"The source {source} belongs to {FinanceSources.Holder(financeSource).Id}; a data holder uploads only its own sources.");
        }

        var limit = options.Value.UploadBytesMaximum;
        if (http.Request.ContentLength > limit) return TooLarge(limit);
        // The zone enforces its own limit while streaming (chunked bodies have no length), so lift the server's.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize) bodySize.MaxRequestBodySize = null;

        var submission = await ingestion.SubmitAsync(financeSource, fileFormat!.Value, http.User.ActorOf(), http.Request.Body, cancellationToken);
        return submission.Outcome switch
        {
            IngestionSubmissionOutcome.Accepted => Results.Accepted($"/zones/finance/ingestions/{submission.Job!.Id}", IngestionJobView.From(submission.Job)),
            IngestionSubmissionOutcome.TooLarge => TooLarge(limit),
            IngestionSubmissionOutcome.Empty => Problem.Of(FinanceProblemTypes.EmptyUpload, "The body is the file to load; it was empty."),
            _ => Problem.Of(FinanceProblemTypes.IngestionQueueFull, "The job queue did not take the file; nothing will be loaded. Submit again in a few minutes."),
        };
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
