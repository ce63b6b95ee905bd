using System.Buffers;
using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Engine;
using DataZones.Zones.Ocean.Output;

namespace DataZones.Zones.Ocean.Queries;

/// <summary>Parses <c>f=</c> and renders a result in the chosen format.</summary>
public static class OutputFormats
{
    private const int CsvSegmentBytes = 256 * 1024;

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
    /// formatting text, is rendered in blocks of time steps on every core into pooled segments, then copied once into
    /// a body of exactly the right size.
    /// </summary>
    public static async Task<byte[]> RenderAsync(OceanQueryResult result, OutputFormat format, CancellationToken cancellationToken)
    {
        if (format == OutputFormat.CoverageJson)
        {
            using var json = new MemoryStream(Capacity(result, 10));
            await CoverageJsonWriter.WriteAsync(result, json, cancellationToken).ConfigureAwait(false);
            return json.ToArray();
        }
        var blocks = Math.Max(1, Math.Min(Environment.ProcessorCount * 4, result.Times.Count));
        var parts = await Task.WhenAll(Enumerable.Range(0, blocks).Select(b => Task.Run(() =>
        {
            var start = result.Times.Count * b / blocks;
            var times = new IndexRange(start, result.Times.Count * (b + 1) / blocks - start);
            return RenderCsv(new CsvWriter.CsvRows(result, times, header: b == 0), cancellationToken);
        }, cancellationToken))).ConfigureAwait(false);
        var body = GC.AllocateUninitializedArray<byte>(parts.Sum(p => p.Sum(s => s.Length)));
        var offsets = new int[parts.Length];
        for (var b = 1; b < parts.Length; b++)
        {
            offsets[b] = offsets[b - 1] + parts[b - 1].Sum(s => s.Length);
        }
        Parallel.For(0, parts.Length, b =>
        {
            var offset = offsets[b];
            foreach (var (segment, length) in parts[b])
            {
                segment.AsSpan(0, length).CopyTo(body.AsSpan(offset));
                offset += length;
                ArrayPool<byte>.Shared.Return(segment);
            }
        });
        return body;
    }

    private static List<(byte[] Segment, int Length)> RenderCsv(CsvWriter.CsvRows rows, CancellationToken cancellationToken)
    {
        var segments = new List<(byte[], int)>();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var segment = ArrayPool<byte>.Shared.Rent(CsvSegmentBytes);
            var used = rows.Fill(segment);
            if (used == 0)
            {
                ArrayPool<byte>.Shared.Return(segment);
                return segments;
            }
            segments.Add((segment, used));
        }
    }

    private static int Capacity(OceanQueryResult result, int bytesPerValue) =>
        (int)Math.Min(int.MaxValue / 4, 1024 + (long)result.ValueCountPerParameter * result.Parameters.Count * bytesPerValue);
}
