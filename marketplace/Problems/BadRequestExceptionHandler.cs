using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DataZones.Marketplace.Problems;

/// <summary>
/// A request the framework could not bind (a body that is not JSON, a field of the wrong type, a query value that does
/// not parse, a body over the server's limit) is the client's mistake: it gets a problem with its status — for a JSON
/// body naming the field by its path (<c>$.bbox</c>) — and one Information line in the log, not an error with a stack
/// trace. Route handlers throw these (<c>RouteHandlerOptions.ThrowOnBadRequest</c>) so that the field is known here.
/// </summary>
public sealed partial class BadRequestExceptionHandler(ILogger<BadRequestExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad) return false;
        LogRefused(logger, bad.StatusCode, httpContext.TraceIdentifier, Describe(bad));
        var result = bad.InnerException is JsonException json
            ? Problem.Of(ProblemTypes.BadRequest, FieldMessage(json), new Dictionary<string, object?>
            {
                ["errors"] = new[] { new FieldError(FieldOf(json), "invalid-json", FieldMessage(json)) },
            })
            : Problem.Of(ProblemTypes.ForStatus(bad.StatusCode), Describe(bad));
        await result.ExecuteAsync(httpContext).ConfigureAwait(false);
        return true;
    }

    /// <summary>The JSON path without its root, as the API names fields (<c>items[0].creditCode</c>); "body" for the whole.</summary>
    private static string FieldOf(JsonException json) =>
        json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";

    // The framework's own message names .NET types; this one names the field and where it is in the text.
    private static string FieldMessage(JsonException json)
    {
        var where = json.LineNumber is { } line ? $" (line {line + 1}, position {json.BytePositionInLine + 1})" : "";
        return FieldOf(json) == "body"
            ? $"The body is not valid JSON for this operation{where}."
            : $"'{FieldOf(json)}' is malformed or of the wrong type{where}.";
    }

    private static string Describe(BadHttpRequestException bad) => bad.InnerException is JsonException json ? FieldMessage(json) : bad.Message;

    [LoggerMessage(Level = LogLevel.Information, Message = "Request refused with {Status} ({RequestId}): {Reason}")]
    private static partial void LogRefused(ILogger logger, int status, string requestId, string reason);
}
