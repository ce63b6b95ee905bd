using System.Text;
using Azure.Core;

namespace DataZones.Storage.Authentication;

/// <summary>
/// The Shared Key strings-to-sign of the Table and Blob services ("Authorize with Shared Key", Azure Storage REST
/// reference). Pure functions of a request's parts, so they are unit-tested against fixed vectors.
/// </summary>
/// <remarks>
/// The canonicalized resource is <c>/account</c> followed by the request's path exactly as it is sent (still
/// percent-encoded). On a path-style URL (Azurite, <c>http://127.0.0.1:10002/devstoreaccount1/…</c>) the path
/// already begins with the account, so the account appears twice: <c>/devstoreaccount1/devstoreaccount1/…</c>.
/// </remarks>
internal static class SharedKeyStringToSign
{
    /// <summary>Table service: VERB, Content-MD5, Content-Type, Date (x-ms-date wins), canonicalized resource with only <c>comp</c>.</summary>
    public static string ForTable(string method, IEnumerable<HttpHeader> headers, string accountName, string path, string query)
    {
        string? contentMd5 = null, contentType = null, date = null, msDate = null;
        foreach (var header in headers)
        {
            if (Is(header, "Content-MD5")) contentMd5 = header.Value;
            else if (Is(header, "Content-Type")) contentType = header.Value;
            else if (Is(header, "Date")) date = header.Value;
            else if (Is(header, "x-ms-date")) msDate = header.Value;
        }

        var builder = new StringBuilder(128)
            .Append(method).Append('\n')
            .Append(contentMd5).Append('\n')
            .Append(contentType).Append('\n')
            .Append(msDate ?? date).Append('\n')
            .Append('/').Append(accountName).Append(path.Length == 0 ? "/" : path);
        foreach (var (name, value) in QueryParameters(query))
        {
            if (name == "comp")
            {
                builder.Append("?comp=").Append(value);
                break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Blob service (version 2015-02-21 and later): the long form with canonicalized x-ms- headers and every query parameter.</summary>
    public static string ForBlob(string method, IEnumerable<HttpHeader> headers, long? contentLength, string accountName, string path, string query)
    {
        var standard = new string?[StandardBlobHeaders.Length];
        var storageHeaders = new List<KeyValuePair<string, string>>();
        foreach (var header in headers)
        {
            if (header.Name.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
            {
                storageHeaders.Add(new(header.Name.ToLowerInvariant(), header.Value));
                continue;
            }

            var index = Array.FindIndex(StandardBlobHeaders, name => Is(header, name));
            if (index >= 0) standard[index] = header.Value;
        }

        // Since 2015-02-21 a zero Content-Length signs as the empty string.
        standard[ContentLengthIndex] = contentLength is > 0 ? contentLength.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;

        var builder = new StringBuilder(256).Append(method).Append('\n');
        foreach (var value in standard) builder.Append(value).Append('\n');
        storageHeaders.Sort(static (x, y) => string.CompareOrdinal(x.Key, y.Key));
        foreach (var (name, value) in storageHeaders) builder.Append(name).Append(':').Append(value.Trim()).Append('\n');

        builder.Append('/').Append(accountName).Append(path.Length == 0 ? "/" : path);
        var parameters = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (name, value) in QueryParameters(query))
        {
            if (!parameters.TryGetValue(name, out var values)) parameters[name] = values = [];
            values.Add(value);
        }

        foreach (var (name, values) in parameters)
        {
            values.Sort(StringComparer.Ordinal);
            builder.Append('\n').Append(name).Append(':').AppendJoin(',', values);
        }

        return builder.ToString();
    }

    // The order of these is the order in the string-to-sign.
    private static readonly string[] StandardBlobHeaders =
    [
        "Content-Encoding", "Content-Language", "Content-Length", "Content-MD5", "Content-Type", "Date",
        "If-Modified-Since", "If-Match", "If-None-Match", "If-Unmodified-Since", "Range",
    ];

    private const int ContentLengthIndex = 2;

    private static bool Is(HttpHeader header, string name) => header.Name.Equals(name, StringComparison.OrdinalIgnoreCase);

    /// <summary>Query parameters with lower-cased names and decoded values.</summary>
    private static IEnumerable<(string Name, string Value)> QueryParameters(string query)
    {
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? pair : pair[..equals];
            var value = equals < 0 ? string.Empty : pair[(equals + 1)..];
            yield return (Uri.UnescapeDataString(name).ToLowerInvariant(), Uri.UnescapeDataString(value.Replace('+', ' ')));
        }
    }
}
