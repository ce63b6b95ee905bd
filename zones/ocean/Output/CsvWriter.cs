using System.Buffers;
using System.Globalization;
using System.Text;
using DataZones.Zones.Ocean.Engine;

namespace DataZones.Zones.Ocean.Output;

/// <summary>
/// Writes a query result as CSV, one row per time step and cell: <c>time,latitude,longitude[,depth],&lt;parameters&gt;</c>,
/// an empty field where there is no value. Cells outside an area query's polygon have no row. After a temporal mean
/// the time field is the ISO 8601 interval averaged over. Rows are formatted into a pooled buffer as UTF-8 and
/// flushed in blocks, without a string per value.
/// </summary>
public static class CsvWriter
{
    public const string MediaType = "text/csv";

    private const int BufferBytes = 64 * 1024;
    private const int RowBytesMax = 64 + 16 * 16; // ample for the fixed columns and a row of 16 parameters

    public static Task WriteAsync(OceanQueryResult result, Stream stream, CancellationToken cancellationToken = default) =>
        WriteAsync(result, stream, new Datasets.IndexRange(0, result.Times.Count), header: true, cancellationToken);

    /// <summary>
    /// Writes the rows of the time steps in <paramref name="times"/> (indices into the result's time axis), with the
    /// header line when <paramref name="header"/> is set: blocks of time steps render independently, so a caller
    /// may render them in parallel and concatenate.
    /// </summary>
    public static async Task WriteAsync(OceanQueryResult result, Stream stream, Datasets.IndexRange times, bool header, CancellationToken cancellationToken = default)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferBytes + RowBytesMax + result.Parameters.Count * 16);
        try
        {
            var used = header ? WriteHeader(result, buffer) : 0;
            var timeFields = result.Times.Select(t => Encoding.UTF8.GetBytes(TimeField(result, t))).ToArray();
            var latitudes = result.Latitudes.Select(Number).ToArray();
            var longitudes = result.Longitudes.Select(Number).ToArray();
            var depth = result.Depth is { } z ? Number(z) : null;
            var cells = result.CellCount;
            for (var t = times.Start; t < times.End; t++)
            {
                for (var cell = 0; cell < cells; cell++)
                {
                    if (result.CellIncluded is { } included && !included[cell])
                    {
                        continue;
                    }
                    used = WriteRow(result, buffer, used, timeFields[t], latitudes[cell / longitudes.Length], longitudes[cell % longitudes.Length], depth, t * cells + cell);
                    if (used >= BufferBytes)
                    {
                        await stream.WriteAsync(buffer.AsMemory(0, used), cancellationToken).ConfigureAwait(false);
                        used = 0;
                    }
                }
            }
            await stream.WriteAsync(buffer.AsMemory(0, used), cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static int WriteHeader(OceanQueryResult result, byte[] buffer)
    {
        var header = new StringBuilder("time,latitude,longitude");
        if (result.Depth is not null)
        {
            header.Append(",depth");
        }
        foreach (var parameter in result.Parameters)
        {
            header.Append(',').Append(parameter.Name);
        }
        header.Append('\n');
        return Encoding.UTF8.GetBytes(header.ToString(), buffer);
    }

    private static int WriteRow(
        OceanQueryResult result, byte[] buffer, int used, byte[] time, byte[] latitude, byte[] longitude, byte[]? depth, int index)
    {
        var span = buffer.AsSpan(used);
        var n = Append(span, time);
        n += Append(span[n..], ","u8);
        n += Append(span[n..], latitude);
        n += Append(span[n..], ","u8);
        n += Append(span[n..], longitude);
        if (depth is not null)
        {
            n += Append(span[n..], ","u8);
            n += Append(span[n..], depth);
        }
        for (var p = 0; p < result.Parameters.Count; p++)
        {
            span[n++] = (byte)',';
            var value = result.Values(p)[index];
            if (!float.IsNaN(value) && ShortestDecimal.TryFormat(value, span[n..], out var written))
            {
                n += written;
            }
        }
        span[n++] = (byte)'\n';
        return used + n;
    }

    private static int Append(Span<byte> destination, ReadOnlySpan<byte> source)
    {
        source.CopyTo(destination);
        return source.Length;
    }

    private static byte[] Number(double value) => Encoding.UTF8.GetBytes(value.ToString("R", CultureInfo.InvariantCulture));

    private static string TimeField(OceanQueryResult result, DateTimeOffset time) =>
        result.TimeBounds is { } bounds
            ? CoverageJsonWriter.FormatTime(bounds.Start) + "/" + CoverageJsonWriter.FormatTime(bounds.End)
            : CoverageJsonWriter.FormatTime(time);
}
