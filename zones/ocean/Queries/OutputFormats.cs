using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Engine;
using DataZones.Zones.Ocean.Output;
using DataZones.Zones.Ocean.Output.NetCdf;

namespace DataZones.Zones.Ocean.Queries;

/// <summary>Parses <c>f=</c> and renders a result in the chosen format.</summary>
public static class OutputFormats
{
    /// <summary>The names <c>f</c> accepts, as the collection documents list them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["CoverageJSON", "CSV", "NetCDF"];

    /// <summary>The format <paramref name="text"/> names (case-insensitive; absent means CoverageJSON), or null.</summary>
    public static OutputFormat? Parse(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        null or "" or "COVERAGEJSON" or "COVJSON" => OutputFormat.CoverageJson,
        "CSV" => OutputFormat.Csv,
        "NETCDF" or "NC" => OutputFormat.NetCdf,
        _ => null,
    };

    public static string MediaType(OutputFormat format) => format switch
    {
        OutputFormat.Csv => CsvWriter.MediaType + "; charset=utf-8",
        OutputFormat.NetCdf => NetCdfWriter.MediaType,
        _ => CoverageJsonWriter.MediaType,
    };

    /// <summary>The file name extension of a format answered as a file, or null for one read inline.</summary>
    public static string? FileExtension(OutputFormat format) => format switch
    {
        OutputFormat.Csv => "csv",
        OutputFormat.NetCdf => "nc",
        _ => null,
    };

    /// <summary>
    /// Renders <paramref name="result"/> into one buffer: the pipeline signs a receipt over the SHA-256 of the whole
    /// body before any of it leaves (docs/decisions/buffered-answers.md), which the values-per-request maximum keeps
    /// to a bounded size. Both formats format their values on every core.
    /// </summary>
    public static async Task<byte[]> RenderAsync(OceanQueryResult result, OutputFormat format, CancellationToken cancellationToken)
    {
        if (format == OutputFormat.Csv)
        {
            return await Task.Run(() => CsvWriter.Render(result, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        if (format == OutputFormat.NetCdf)
        {
            return NetCdfWriter.Render(result);
        }
        using var json = new MemoryStream(Capacity(result, 10));
        await CoverageJsonWriter.WriteAsync(result, json, cancellationToken).ConfigureAwait(false);
        return json.ToArray();
    }

    private static int Capacity(OceanQueryResult result, int bytesPerValue) =>
        (int)Math.Min(int.MaxValue / 4, 1024 + (long)result.ValueCountPerParameter * result.Parameters.Count * bytesPerValue);
}
