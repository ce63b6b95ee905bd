using System.Text.Json;
using DataZones.Marketplace.Hosting;
using Microsoft.AspNetCore.Http;

namespace DataZones.Marketplace.Pipeline;

/// <summary>
/// What a zone handler returns when it has an answer to sell: the body and the units it is worth (by the
/// operation's meter). Outcomes that are not answers (bad input, not permitted) are problems, returned as
/// ordinary results and never billed. Outside the pipeline (a bare benchmark endpoint) it writes itself as JSON.
/// </summary>
public sealed class PaidAnswer : IResult
{
    private PaidAnswer(byte[] body, string contentType, long units)
    {
        if (units < 0) throw new ArgumentOutOfRangeException(nameof(units), "Units cannot be negative.");
        Body = body;
        ContentType = contentType;
        Units = units;
    }

    public byte[] Body { get; }

    public string ContentType { get; }

    public long Units { get; }

    public static PaidAnswer Json<T>(T value, long units, JsonSerializerOptions? options = null) =>
        new(JsonSerializer.SerializeToUtf8Bytes(value, options ?? PlatformJson.Options), "application/json", units);

    /// <summary>An answer already rendered (CSV, CoverageJSON), with its media type.</summary>
    public static PaidAnswer Bytes(byte[] body, string contentType, long units) => new(body, contentType, units);

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = ContentType;
        return httpContext.Response.Body.WriteAsync(Body).AsTask();
    }
}
