using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Engine;
using DataZones.Zones.Ocean.Output;

namespace DataZones.Zones.Ocean.Queries;

/// <summary>Parses <c>f=</c> and renders a result in the chosen format.</summary>
public static class OutputFormats
{
    /// <summary>The names <c>f</c> accepts, as the collection documents list them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["CoverageJSON", "CSV"];

    /// <summary>The format <paramref name="text"/> names (case-insensitive; absent means CoverageJSON), or null.</summary>
    public static OutputFormat? Parse(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        null or "" or "COVERAGEJSON" or "COVJSON" => OutputFormat.CoverageJson,
        "CSV" => OutputFormat.Csv,
        _ => null,
    };

    public static string MediaType(OutputFormat format) =>
        format == OutputFormat.Csv ? CsvWriter.MediaType + "; charset=utf-8" : CoverageJsonWriter.MediaType;

    /// <summary>
    /// Renders <paramref name="result"/> into one buffer: the pipeline signs a receipt over the SHA-256 of the whole
    /// body before any of it leaves, which the values-per-request maximum keeps to a bounded size. CSV, whose cost is
    /// formatting text, is rendered in blocks of time steps on every core and concatenated.
    /// </summary>
    public static async Task<byte[]> RenderAsync(OceanQueryResult result, OutputFormat format, CancellationToken cancellationToken)
    {
        if (format == OutputFormat.CoverageJson)
        {
            using var json = new MemoryStream(Capacity(result, 10));
            await CoverageJsonWriter.WriteAsync(result, json, cancellationToken).ConfigureAwait(false);
            return json.ToArray();
        }
        var blocks = Math.Max(1, Math.Min(Environment.ProcessorCount, result.Times.Count));
        var parts = await Task.WhenAll(Enumerable.Range(0, blocks).Select(b => Task.Run(async () =>
        {
            var start = result.Times.Count * b / blocks;
            var times = new IndexRange(start, result.Times.Count * (b + 1) / blocks - start);
            var part = new MemoryStream(Capacity(result, 12 + 40 / Math.Max(1, result.Parameters.Count)) / blocks);
            await CsvWriter.WriteAsync(result, part, times, header: b == 0, cancellationToken).ConfigureAwait(false);
            return part;
        }, cancellationToken))).ConfigureAwait(false);
        var body = new byte[parts.Sum(p => p.Length)];
        var offset = 0;
        foreach (var part in parts)
        {
            part.GetBuffer().AsSpan(0, (int)part.Length).CopyTo(body.AsSpan(offset));
            offset += (int)part.Length;
            await part.DisposeAsync().ConfigureAwait(false);
        }
        return body;
    }

    private static int Capacity(OceanQueryResult result, int bytesPerValue) =>
        (int)Math.Min(int.MaxValue / 4, 1024 + (long)result.ValueCountPerParameter * result.Parameters.Count * bytesPerValue);
}
