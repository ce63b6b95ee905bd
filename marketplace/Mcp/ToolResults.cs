using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DataZones.Marketplace.Hosting;
using DataZones.Marketplace.Pipeline;
using Microsoft.Net.Http.Headers;
using ModelContextProtocol.Protocol;

namespace DataZones.Marketplace.Mcp;

/// <summary>
/// An endpoint's answer as an MCP tool result. The answer's text is the content (a JSON object also as structured
/// content); what the REST caller reads in headers — the request id, the units and amount charged, the signed
/// receipt, quota and rate-limit state — is in <c>_meta</c>. A problem is a tool error whose content is the problem
/// document, with its <c>type</c>, status and detail in <c>_meta</c> as well.
/// </summary>
public static class ToolResults
{
    /// <summary>Response headers carried into <c>_meta</c>, by the name they get there.</summary>
    private static readonly (string Header, string Meta)[] MetaHeaders =
    [
        (RequestIdMiddleware.HeaderName, "requestId"),
        (PipelineHeaders.UnitsCharged, "unitsCharged"),
        (PipelineHeaders.AmountCharged, "amountCharged"),
        (PipelineHeaders.Receipt, "receipt"),
        (PipelineHeaders.QuotaRemaining, "quotaRemaining"),
        (PipelineHeaders.QuotaReset, "quotaReset"),
        (PipelineHeaders.RateLimitRemaining, "rateLimitRemaining"),
        (PipelineHeaders.IdempotentReplay, "idempotentReplayed"),
        (HeaderNames.RetryAfter, "retryAfterSeconds"),
        (HeaderNames.ContentType, "contentType"),
    ];

    public static CallToolResult From(EndpointToolResponse response)
    {
        var meta = new JsonObject { ["status"] = response.Status };
        foreach (var (header, name) in MetaHeaders)
        {
            if (response.Headers.TryGetValue(header, out var value) && value.Count > 0) meta[name] = value.ToString();
        }
        var text = IsText(response.ContentType) ? Encoding.UTF8.GetString(response.Body) : null;
        var document = text is not null && IsJson(response.ContentType) ? TryParseObject(text) : null;
        if (!response.IsSuccess && document is not null)
        {
            meta["problemType"] = document["type"]?.DeepClone();
            meta["problemTitle"] = document["title"]?.DeepClone();
            meta["problemDetail"] = document["detail"]?.DeepClone();
        }
        ContentBlock content = text is not null
            ? new TextContentBlock { Text = text }
            : new EmbeddedResourceBlock
            {
                Resource = BlobResourceContents.FromBytes(response.Body, "datazones:answer/" + meta["requestId"], response.ContentType),
            };
        return new CallToolResult
        {
            Content = [content],
            StructuredContent = document is null ? null : JsonSerializer.SerializeToElement(document, PlatformJson.Options),
            IsError = !response.IsSuccess,
            Meta = meta,
        };
    }

    private static bool IsText(string? contentType) =>
        contentType is null || IsJson(contentType) || contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase);

    private static bool IsJson(string? contentType) =>
        contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase)
            || media.SubType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    private static JsonObject? TryParseObject(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
