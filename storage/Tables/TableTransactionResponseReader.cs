using System.Globalization;
using System.Text.Json;
using Azure.Core;

namespace DataZones.Storage.Tables;

/// <summary>
/// Reads the multipart body of a <c>$batch</c> response into one sub-response per embedded <c>HTTP/1.1</c>
/// status line. A refused changeset holds a single error response whose message starts with the failing action's
/// index (<c>"2:The specified entity already exists."</c>).
/// </summary>
internal static class TableTransactionResponseReader
{
    public static IReadOnlyList<TableTransactionSubResponse> Read(string body)
    {
        var results = new List<TableTransactionSubResponse>();
        var lines = body.Split('\n');
        var index = 0;
        while (index < lines.Length)
        {
            var line = lines[index++].TrimEnd('\r');
            if (!line.StartsWith("HTTP/1.1 ", StringComparison.Ordinal)) continue;

            var parts = line.Split(' ', 3);
            var status = int.Parse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture);
            var headers = new List<HttpHeader>();
            for (; index < lines.Length && (line = lines[index].TrimEnd('\r')).Length > 0; index++)
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0) headers.Add(new HttpHeader(line[..colon].Trim(), line[(colon + 1)..].Trim()));
            }

            var content = new System.Text.StringBuilder();
            for (index++; index < lines.Length && !(line = lines[index].TrimEnd('\r')).StartsWith("--", StringComparison.Ordinal); index++)
                content.Append(line);
            results.Add(new TableTransactionSubResponse(status, parts.Length > 2 ? parts[2] : string.Empty, headers, content.ToString()));
        }

        return results;
    }

    public static TableTransactionFailedException CreateFailure(TableTransactionSubResponse failure, int actionCount)
    {
        var (code, message) = ParseError(failure.Body);
        var index = ParseIndex(message);
        if (index is null && failure.Headers.TryGetValue("Content-ID", out var contentId)
            && int.TryParse(contentId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            index = id - 1; // Content-IDs count from one.
        }

        if (index is < 0 || index >= actionCount) index = null;
        var text = $"The transaction failed at action {index?.ToString(CultureInfo.InvariantCulture) ?? "(unknown)"}; nothing was written.\n" +
                   $"Status: {failure.Status} ({failure.ReasonPhrase})\nErrorCode: {code}\n{message}";
        return new TableTransactionFailedException(failure.Status, text, code, index);
    }

    private static (string? Code, string? Message) ParseError(string body)
    {
        if (body.Length == 0 || body[0] != '{') return (null, body);
        try
        {
            using var document = JsonDocument.Parse(body);
            if (!document.RootElement.TryGetProperty("odata.error", out var error)) return (null, body);
            var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
            var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.Object && m.TryGetProperty("value", out var v)
                ? v.GetString()
                : null;
            return (code, message);
        }
        catch (JsonException)
        {
            return (null, body);
        }
    }

    /// <summary>The leading <c>N:</c> of the service's error message.</summary>
    private static int? ParseIndex(string? message)
    {
        if (message is null) return null;
        var colon = message.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && int.TryParse(message.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : null;
    }
}
