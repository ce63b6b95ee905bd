using System.Text.Json;
using System.Xml;
using Azure;

namespace DataZones.Storage.Pipeline;

/// <summary>
/// Turns a failed response into a <see cref="RequestFailedException"/> carrying the status and the service's
/// error code: from the <c>x-ms-error-code</c> header, or the body (Table: JSON <c>odata.error</c>; Blob: XML
/// <c>&lt;Error&gt;</c>), which is all a HEAD or an emulator may give.
/// </summary>
internal static class StorageErrors
{
    private const int BodyBytesMax = 64 * 1024;

    public static RequestFailedException CreateException(Response response)
    {
        var body = response.ContentStream is MemoryStream buffered ? buffered.ToArray() : [];
        return Create(response, body);
    }

    /// <summary>For unbuffered (streaming) responses: reads the error body, bounded, then builds the exception.</summary>
    public static async Task<RequestFailedException> CreateExceptionAsync(Response response, CancellationToken cancellationToken)
    {
        if (response.ContentStream is null or MemoryStream) return CreateException(response);
        using var body = new MemoryStream();
        var buffer = new byte[8192];
        int read;
        while (body.Length < BodyBytesMax
               && (read = await response.ContentStream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            body.Write(buffer, 0, read);
        }

        return Create(response, body.ToArray());
    }

    private static RequestFailedException Create(Response response, byte[] body)
    {
        response.Headers.TryGetValue("x-ms-error-code", out var errorCode);
        string? message = null;
        if (body.Length > 0)
        {
            try
            {
                (var bodyCode, message) = body[0] == (byte)'{' ? FromJson(body) : FromXml(body);
                errorCode ??= bodyCode;
            }
            catch (Exception exception) when (exception is JsonException or XmlException)
            {
                // An unparseable error body (a proxy's HTML page, say) still leaves the status to report.
                message = null;
            }
        }

        var text = $"Service request failed.\nStatus: {response.Status} ({response.ReasonPhrase})\nErrorCode: {errorCode}\n{message}";
        return new RequestFailedException(response.Status, text, errorCode, null);
    }

    private static (string? Code, string? Message) FromJson(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        if (!document.RootElement.TryGetProperty("odata.error", out var error)) return (null, null);
        var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
        var message = error.TryGetProperty("message", out var m)
            ? m.ValueKind == JsonValueKind.Object && m.TryGetProperty("value", out var v) ? v.GetString() : m.ToString()
            : null;
        return (code, message);
    }

    private static (string? Code, string? Message) FromXml(byte[] body)
    {
        using var reader = XmlReader.Create(new MemoryStream(body), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        string? code = null, message = null;
        reader.Read();
        while (!reader.EOF)
        {
            // ReadElementContentAsString moves past the element itself, so only other nodes need a Read().
            if (reader.NodeType == XmlNodeType.Element && reader.Name == "Code") code = reader.ReadElementContentAsString();
            else if (reader.NodeType == XmlNodeType.Element && reader.Name == "Message") message = reader.ReadElementContentAsString();
            else reader.Read();
        }

        return (code, message);
    }
}
