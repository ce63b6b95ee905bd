using DataZones.Marketplace.Idempotency;
using DataZones.Marketplace.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DataZones.Marketplace.Pipeline;

/// <summary>The idempotency steps of the pipeline, kept apart so the main sequence reads in one screen.</summary>
public sealed partial class PaidCallFilter
{
    private const int IdempotencyKeyLengthMax = 255;

    /// <summary>Null to proceed with the call; otherwise the result to answer with instead.</summary>
    private async Task<IResult?> BeginIdempotentAsync(HttpContext http, string consumerId, string key, string requestHash)
    {
        if (key.Length > IdempotencyKeyLengthMax)
        {
            return Problem.Of(ProblemTypes.BadRequest, $"The Idempotency-Key header is longer than {IdempotencyKeyLengthMax} characters.");
        }
        var (outcome, replay) = await idempotency.BeginAsync(consumerId, key, requestHash, http.TraceIdentifier, http.RequestAborted);
        switch (outcome)
        {
            case IdempotencyOutcome.Proceed:
                return null;
            case IdempotencyOutcome.Mismatch:
                return Problem.Of(ProblemTypes.IdempotencyKeyReused, "This Idempotency-Key was first used with a different request; use a new key for a new request.");
            case IdempotencyOutcome.Replay:
                foreach (var (name, value) in replay!.Headers) http.Response.Headers[name] = value;
                http.Response.Headers[PipelineHeaders.IdempotentReplay] = "true";
                return Results.Bytes(replay.Body, replay.ContentType); // only 200 answers are stored
            case IdempotencyOutcome.CompletedNotReplayable:
                return Problem.Of(ProblemTypes.Conflict, $"The call with this Idempotency-Key completed (and was charged once), but its answer was over {IdempotencyStore.BodyBytesMax:N0} bytes and is not kept; send a new key to ask again.");
            default:
                http.Response.Headers.RetryAfter = "1";
                return Problem.Of(ProblemTypes.IdempotencyKeyInFlight, "The first request with this Idempotency-Key has not finished; retry shortly.");
        }
    }

    private async Task CompleteIdempotentAsync(string consumerId, string key, string requestHash, string requestId, PaidAnswer answer, Dictionary<string, string> headers)
    {
        var stored = new Dictionary<string, string>(headers) { ["X-Request-Id"] = requestId };
        try
        {
            await idempotency.CompleteAsync(consumerId, key, requestHash, requestId,
                new StoredResponse(StatusCodes.Status200OK, answer.ContentType, answer.Body, stored), CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The answer is metered and goes out; a retry will find the key in flight and, after the timeout, run again.
            LogIdempotencyCompletionFailed(logger, exception, requestId);
        }
    }

    private async Task AbandonAsync(string consumerId, string key)
    {
        if (key.Length == 0) return;
        try
        {
            await idempotency.AbandonAsync(consumerId, key, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogIdempotencyAbandonFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Idempotency record for request {RequestId} could not be completed.")]
    private static partial void LogIdempotencyCompletionFailed(ILogger logger, Exception exception, string requestId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An unanswered idempotent attempt could not be forgotten; a retry waits for its timeout.")]
    private static partial void LogIdempotencyAbandonFailed(ILogger logger, Exception exception);
}
