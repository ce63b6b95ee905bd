using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DataZones.Functions.Scheduling;

/// <summary>
/// Tells the Functions host's own timer invocation from anything else that reaches <c>/{FunctionName}</c>.
/// The host sends a fresh request — <c>POST http://127.0.0.1:{port}/{FunctionName}</c>, one
/// <c>X-Azure-Functions-InvocationId</c>, no forwarding headers, body <c>{"Data":{…},"Metadata":{…}}</c> — while a
/// forwarded outside request carries the caller's own headers, among them the public <c>Host</c>. No HTTP function's
/// route can match these paths, but the host rebuilds the path of a request it forwards (<c>new Uri(...)</c> folds
/// encoded dot segments such as <c>%2e%2e</c>), so the app does not rely on routes alone.
/// </summary>
public static class HostInvocationGuard
{
    public const string InvocationIdHeader = "X-Azure-Functions-InvocationId";

    /// <summary>Invocation payloads are a few hundred bytes; anything much larger is not one.</summary>
    public const int PayloadBytesMax = 64 * 1024;

    public static async Task<bool> IsHostInvocationAsync(HttpContext context, string functionName, int hostPort, CancellationToken cancellationToken) =>
        await ReadHostInvocationAsync(context, functionName, hostPort, cancellationToken) is not null;

    /// <summary>The invocation payload (<c>{"Data":…,"Metadata":…}</c>) when the request is the host's own; otherwise null.</summary>
    public static async Task<JsonObject?> ReadHostInvocationAsync(HttpContext context, string functionName, int hostPort, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var fromLoopback = context.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote);
        var isInvocationShape = HttpMethods.IsPost(request.Method)
            && string.Equals(request.Path.Value, "/" + functionName, StringComparison.Ordinal)
            && string.Equals(request.Host.Value, $"127.0.0.1:{hostPort}", StringComparison.Ordinal)
            && request.Headers[InvocationIdHeader] is [{ } invocationId] && Guid.TryParse(invocationId, out _)
            && !request.Headers.ContainsKey("X-Forwarded-For") && !request.Headers.ContainsKey("Forwarded");
        return fromLoopback && isInvocationShape ? await ReadInvocationPayloadAsync(request, cancellationToken) : null;
    }

    private static async Task<JsonObject?> ReadInvocationPayloadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > PayloadBytesMax) return null;
        // The host sends the payload chunked (no Content-Length), so the bound is enforced while reading.
        using var body = new MemoryStream();
        var buffer = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (body.Length + read > PayloadBytesMax) return null;
            body.Write(buffer, 0, read);
        }
        try
        {
            return JsonNode.Parse(body.ToArray()) is JsonObject payload && payload["Data"] is JsonObject && payload["Metadata"] is JsonObject ? payload : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
