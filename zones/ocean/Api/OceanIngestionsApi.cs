using System.Security.Claims;
using DataZones.Marketplace.Access;
using DataZones.Marketplace.Problems;
using DataZones.Marketplace.Uploads;
using DataZones.Zones.Ocean.Ingestion;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace DataZones.Zones.Ocean.Api;

/// <summary>
/// <c>POST /zones/ocean/ingestions</c> (data holders and the operator): a <c>multipart/form-data</c> upload whose
/// first part, <c>header</c>, is the header JSON and whose other parts are the raw <c>&lt;f4</c> files, each named as
/// the header names it — or, for small sets, the one CSV part the header names in <c>csv</c>. Parts are streamed to
/// staging, not buffered, up to <see cref="OceanOptions.IngestionBodyBytesMax"/>. Larger datasets go straight to Blob
/// Storage: <c>POST /zones/ocean/ingestions/links</c> with the header alone returns a write link per file, then
/// <c>POST /zones/ocean/ingestions/{id}/commit</c> checks the files and queues the conversion. Answered 202 with the
/// job; <c>GET /zones/ocean/ingestions/{id}</c> shows its progress.
/// </summary>
public static class OceanIngestionsApi
{
    private const int HeaderBytesMax = 1024 * 1024;
    private const int MultipartOverheadBytes = 64 * 1024; // boundaries and part headers

    public static RouteGroupBuilder MapOceanIngestions(this RouteGroupBuilder zone)
    {
        var ingestions = zone.MapGroup("/ingestions").RequireAuthorization(Policies.DataHolder);
        ingestions.MapPost("/", UploadAsync)
            .Accepts<IngestionUploadForm>("multipart/form-data")
            .Produces<IngestionJob>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Upload a dataset (header JSON + raw little-endian float32 files, or one CSV for small sets) for conversion to Zarr.");
        ingestions.MapPost("/links", BeginLinkedAsync)
            .Accepts<System.Text.Json.JsonElement>("application/json")
            .Produces<LinkedIngestionView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Send the header JSON alone and get a write link per file, to upload a dataset of any size the zone allows straight to Blob Storage; commit afterwards.");
        ingestions.MapPost("/{ingestionId}/commit", CommitAsync)
            .Produces<IngestionJob>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Check the files uploaded through the links and queue the conversion; problems leave the ingestion waiting for corrected files.");
        ingestions.MapGet("/{ingestionId}", async (string ingestionId, IngestionService service, CancellationToken ct) =>
                await service.FindAsync(ingestionId, ct) is { } job
                    ? Results.Ok(job)
                    : Problem.Of(OceanProblemTypes.IngestionNotFound, $"There is no ingestion '{ingestionId}'."))
            .Produces<IngestionJob>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("An ingestion's status: time steps written out of the total, the latest log line, the reason for a failure.");
        return zone;
    }

    private static async Task<IResult> UploadAsync(HttpContext http, IngestionService service, IOptions<OceanOptions> options, CancellationToken ct)
    {
        // The server's default body limit (about 30 MB) would cut uploads far below the zone's own, which the header
        // check and the exact file lengths enforce; the server still stops a body beyond it (plus the header).
        var limit = Math.Min(options.Value.IngestionBytesMax, options.Value.IngestionBodyBytesMax) + HeaderBytesMax + MultipartOverheadBytes;
        if (http.Request.ContentLength > limit)
        {
            return TooLarge(limit);
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var mediaType)
            || !string.Equals(mediaType.MediaType.Value, "multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return Invalid(new FieldError("body", IngestionProblemCodes.NotMultipart, "Send multipart/form-data: a 'header' part, then one part per file."));
        }
        var reader = new MultipartReader(boundary, http.Request.Body) { HeadersLengthLimit = 16 * 1024 };
        var section = await reader.ReadNextSectionAsync(ct);
        if (section is null || NameOf(section) != "header")
        {
            return Invalid(new FieldError("header", IngestionProblemCodes.Required, "The first part must be 'header', the header JSON."));
        }
        using var header = new MemoryStream();
        try
        {
            await new UploadLimitStream(section.Body, HeaderBytesMax).CopyToAsync(header, ct);
        }
        catch (UploadTooLargeException)
        {
            return Invalid(new FieldError("header", IngestionProblemCodes.TooLarge, $"The header may hold at most {HeaderBytesMax} bytes."));
        }
        var begun = await service.BeginAsync(header.ToArray(), ct);
        if (begun.IdTaken)
        {
            return Problem.Of(OceanProblemTypes.DatasetExists, "A dataset with this id is published or being ingested; choose another id.");
        }
        if (begun.Staged is not { } staged)
        {
            return Problem.Invalid(begun.Problems, OceanProblemTypes.InvalidIngestion);
        }
        try
        {
            while ((section = await reader.ReadNextSectionAsync(ct)) is not null)
            {
                if (await service.StageFileAsync(staged, NameOf(section), section.Body, ct) is { Count: > 0 } problems)
                {
                    await service.AbandonAsync(staged);
                    return Problem.Invalid(problems, OceanProblemTypes.InvalidIngestion);
                }
            }
            var (job, missing) = await service.SubmitAsync(staged, http.User.FindFirstValue(PlatformClaims.Credential) ?? "", ct);
            if (job is null)
            {
                await service.AbandonAsync(staged);
                return missing.Count > 0
                    ? Problem.Invalid(missing, OceanProblemTypes.InvalidIngestion)
                    : Problem.Of(OceanProblemTypes.IngestionQueueFull, "The job queue did not take the conversion; nothing was kept. Upload again in a few minutes.");
            }
            return Results.Accepted($"{OceanCollectionsApi.BasePath}/ingestions/{job.Id}", job);
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await service.AbandonAsync(staged);
            return TooLarge(limit);
        }
        catch
        {
            await service.AbandonAsync(staged);
            throw;
        }
    }

    private static async Task<IResult> BeginLinkedAsync(HttpContext http, LinkedIngestionService linked, CancellationToken ct)
    {
        using var header = new MemoryStream();
        try
        {
            await new UploadLimitStream(http.Request.Body, HeaderBytesMax).CopyToAsync(header, ct);
        }
        catch (UploadTooLargeException)
        {
            return Invalid(new FieldError("header", IngestionProblemCodes.TooLarge, $"The header may hold at most {HeaderBytesMax} bytes."));
        }
        var begun = await linked.BeginAsync(header.ToArray(), ct);
        if (begun.Header.IdTaken)
        {
            return Problem.Of(OceanProblemTypes.DatasetExists, "A dataset with this id is published or being ingested; choose another id.");
        }
        if (begun.Job is not { } job)
        {
            return Problem.Invalid(begun.Header.Problems, OceanProblemTypes.InvalidIngestion);
        }
        var location = $"{OceanCollectionsApi.BasePath}/ingestions/{job.Id}";
        return Results.Created(location, new LinkedIngestionView(job,
            begun.Uploads.Select(u => new LinkedIngestionView.Upload(u.Part, u.Link.Url, u.Bytes)).ToArray(),
            begun.Uploads.Min(u => u.Link.ExpiresAt), location + "/commit", WriteLink.PutHeaders));
    }

    private static async Task<IResult> CommitAsync(string ingestionId, HttpContext http, IngestionService service, LinkedIngestionService linked, CancellationToken ct)
    {
        if (await service.FindAsync(ingestionId, ct) is not { } job)
        {
            return Problem.Of(OceanProblemTypes.IngestionNotFound, $"There is no ingestion '{ingestionId}'.");
        }
        if (job.Status != IngestionJobStatus.AwaitingUpload)
        {
            return Problem.Of(OceanProblemTypes.IngestionNotAwaitingUpload,
                $"The ingestion is {System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(job.Status.ToString())}; only one awaiting its upload can be committed.");
        }
        var (queued, problems) = await linked.CommitAsync(job, http.User.FindFirstValue(PlatformClaims.Credential) ?? "", ct);
        if (problems.Count > 0) return Problem.Invalid(problems, OceanProblemTypes.InvalidIngestion);
        return queued is null
            ? Problem.Of(OceanProblemTypes.IngestionQueueFull, "The job queue did not take the conversion; the files are kept. Commit again in a few minutes.")
            : Results.Accepted($"{OceanCollectionsApi.BasePath}/ingestions/{queued.Id}", queued);
    }

    private static IResult TooLarge(long limit) =>
        Problem.Of(ProblemTypes.PayloadTooLarge,
            $"An upload in the request body may hold at most {limit} bytes, files and header together; upload larger datasets through write links (POST /zones/ocean/ingestions/links).");

    private static string? NameOf(MultipartSection section) =>
        section.GetContentDispositionHeader() is { } disposition ? HeaderUtilities.RemoveQuotes(disposition.Name).Value : null;

    private static IResult Invalid(FieldError error) => Problem.Invalid([error], OceanProblemTypes.InvalidIngestion);
}
