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
    /// body before any of it leaves, which the values-per-request maximum keeps to a bounded size.
    /// </summary>
    public static async Task<byte[]> RenderAsync(OceanQueryResult result, OutputFormat format, CancellationToken cancellationToken)
    {
        var values = (long)result.ValueCountPerParameter * result.Parameters.Count;
        var bytesPerValue = format == OutputFormat.Csv ? 12 + 40 / Math.Max(1, result.Parameters.Count) : 10;
        using var buffer = new MemoryStream((int)Math.Min(int.MaxValue / 2, 1024 + values * bytesPerValue));
        if (format == OutputFormat.Csv)
        {
            await CsvWriter.WriteAsync(result, buffer, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await CoverageJsonWriter.WriteAsync(result, buffer, cancellationToken).ConfigureAwait(false);
        }
        return buffer.ToArray();
    }
}
