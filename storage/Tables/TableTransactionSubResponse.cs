using System.Diagnostics.CodeAnalysis;
using Azure;
using Azure.Core;

namespace DataZones.Storage.Tables;

/// <summary>The response to one action of a transaction, as embedded in the <c>$batch</c> response.</summary>
internal sealed class TableTransactionSubResponse(int status, string reasonPhrase, IReadOnlyList<HttpHeader> headers, string body) : Response
{
    public override int Status { get; } = status;

    public override string ReasonPhrase { get; } = reasonPhrase;

    public override Stream? ContentStream { get; set; } = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body), writable: false);

    public override string ClientRequestId { get; set; } = string.Empty;

    public override bool IsError => Status >= 400;

    public string Body { get; } = body;

    public override void Dispose() => ContentStream?.Dispose();

    protected override bool ContainsHeader(string name) => TryGetHeader(name, out _);

    protected override IEnumerable<HttpHeader> EnumerateHeaders() => headers;

    protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value)
    {
        foreach (var header in headers)
        {
            if (header.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                value = header.Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
    {
        var found = TryGetHeader(name, out var value);
        values = found ? [value!] : null;
        return found;
    }
}
