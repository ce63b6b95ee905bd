using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DataZones.Testing.Fuzz;

/// <summary>
/// Sends a fuzz run's cases with a few requests in flight and checks every answer against the document: no 5xx,
/// every 4xx <c>application/problem+json</c>, every status and media type documented for its operation, and every
/// JSON success body valid against its schema. Bounded by the number of cases it is given.
/// </summary>
public static class FuzzRun
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(60);

    public static async Task<FuzzTally> RunAsync(HttpClient client, JsonNode document, IEnumerable<FuzzCase> cases, int concurrency, CancellationToken cancellationToken)
    {
        var tally = new FuzzTally();
        var schemas = new ResponseSchemas(document);
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (fuzzCase, ct) => await SendAsync(client, fuzzCase, schemas, tally, ct));
        return tally;
    }

    private static async Task SendAsync(HttpClient client, FuzzCase fuzzCase, ResponseSchemas schemas, FuzzTally tally, CancellationToken cancellationToken)
    {
        tally.Add("requests");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(RequestTimeout);
        HttpResponseMessage response;
        byte[] body;
        try
        {
            using var request = fuzzCase.ToRequest();
            response = await client.SendAsync(request, timeout.Token);
            body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            tally.Breach("no answer", fuzzCase, 0, e.Message);
            return;
        }
        using (response)
        {
            Check(fuzzCase, (int)response.StatusCode, response.Content.Headers.ContentType, body, schemas, tally);
        }
    }

    private static void Check(FuzzCase fuzzCase, int status, MediaTypeHeaderValue? contentType, byte[] body, ResponseSchemas schemas, FuzzTally tally)
    {
        tally.Add(status switch { >= 200 and < 300 => "2xx", >= 400 and < 500 => "4xx", >= 500 => "5xx", _ => "other" });
        var mediaType = contentType?.MediaType;
        if (status >= 500) tally.Breach("5xx", fuzzCase, status, Text(body));
        if (status is >= 400 and < 500 && mediaType != "application/problem+json") tally.Breach("4xx not problem+json", fuzzCase, status, mediaType ?? "no media type");
        var documented = fuzzCase.Operation.Response(status);
        if (documented is null)
        {
            tally.Breach("status not documented", fuzzCase, status, Text(body));
            return;
        }
        if (body.Length == 0 || mediaType is null) return;
        var content = documented["content"]?.AsObject();
        var described = content?.FirstOrDefault(m => string.Equals(m.Key.Split(';')[0].Trim(), mediaType, StringComparison.OrdinalIgnoreCase)).Value;
        if (content is { Count: > 0 } && described is null)
        {
            tally.Breach("media type not documented", fuzzCase, status, mediaType);
            return;
        }
        if (status is < 200 or >= 300 || !IsJson(mediaType)) return;
        if (described?["schema"] is not { } schema)
        {
            tally.WithoutSchema(fuzzCase, status);
            return;
        }
        tally.Add("bodies checked");
        string? problem;
        try
        {
            using var json = JsonDocument.Parse(body);
            problem = schemas.Check($"{fuzzCase.Operation.Name} {status} {mediaType}", schema, json.RootElement);
        }
        catch (JsonException e)
        {
            problem = "not JSON: " + e.Message;
        }
        if (problem is not null) tally.Breach("body not valid against its schema", fuzzCase, status, problem);
    }

    private static bool IsJson(string mediaType) => mediaType == "application/json" || mediaType.EndsWith("+json", StringComparison.Ordinal);

    private static string Text(byte[] body) => System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 300));
}
