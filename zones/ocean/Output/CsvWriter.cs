using System.Buffers;
using System.Globalization;
using System.Text;
using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Engine;

namespace DataZones.Zones.Ocean.Output;

/// <summary>
/// Writes a query result as CSV, one row per time step and cell: <c>time,latitude,longitude[,depth],&lt;parameters&gt;</c>,
/// an empty field where there is no value. Cells outside an area query's polygon have no row. After a temporal mean
/// the time field is the ISO 8601 interval averaged over. Rows are formatted straight into UTF-8 buffers: the fields
/// that repeat (time, latitude, longitude) are encoded once, and only the values are formatted per row.
/// </summary>
public static class CsvWriter
{
    public const string MediaType = "text/csv";

    private const int BufferBytes = 64 * 1024;

    public static Task WriteAsync(OceanQueryResult result, Stream stream, CancellationToken cancellationToken = default) =>
        WriteAsync(result, stream, new IndexRange(0, result.Times.Count), header: true, cancellationToken);

    /// <summary>
    /// Writes the rows of the time steps in <paramref name="times"/> (indices into the result's time axis), with the
    /// header line when <paramref name="header"/> is set: blocks of time steps render independently, so a caller
    /// may render them in parallel and concatenate.
    /// </summary>
    public static async Task WriteAsync(OceanQueryResult result, Stream stream, IndexRange times, bool header, CancellationToken cancellationToken = default)
    {
        var rows = new CsvRows(result, times, header);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferBytes);
        try
        {
            int used;
            while ((used = rows.Fill(buffer)) > 0)
            {
                await stream.WriteAsync(buffer.AsMemory(0, used), cancellationToken).ConfigureAwait(false);
            }
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The rows of a block of time steps, produced a buffer at a time: <see cref="Fill"/> writes as many whole rows
    /// as fit and remembers where it stopped.
    /// </summary>
    public sealed class CsvRows
    {
        private const int ValueBytesMax = FormattedValueCache.BytesFreeMin; // "-1.2345679E+38" is 14

        private readonly OceanQueryResult _result;
        private readonly int _timeEnd;
        private readonly byte[][] _timeFields;
        private readonly byte[][] _latitudeFields;
        private readonly byte[][] _longitudeFields;
        private readonly byte[] _header;
        private readonly int _rowBytesMax;
        private readonly FormattedValueCache _formatted = new();
        private bool _headerPending;
        private int _time;
        private int _cell;

        public CsvRows(OceanQueryResult result, IndexRange times, bool header)
        {
            _result = result;
            _time = times.Start;
            _timeEnd = times.End;
            _headerPending = header;
            _header = Header(result);
            // Every time, latitude and longitude (with the depth) field is encoded once, with its separator.
            var depth = result.Depth is { } z ? "," + Number(z) : "";
            _timeFields = result.Times.Select(t => Encoding.UTF8.GetBytes(TimeField(result, t) + ",")).ToArray();
            _latitudeFields = result.Latitudes.Select(y => Encoding.UTF8.GetBytes(Number(y) + ",")).ToArray();
            _longitudeFields = result.Longitudes.Select(x => Encoding.UTF8.GetBytes(Number(x) + depth)).ToArray();
            _rowBytesMax = _timeFields.Max(f => f.Length) + _latitudeFields.Max(f => f.Length) + _longitudeFields.Max(f => f.Length)
                + result.Parameters.Count * (1 + ValueBytesMax) + 1;
        }

        /// <summary>Writes whole rows into <paramref name="buffer"/> (at least one row's worth); 0 when none are left.</summary>
        public int Fill(Span<byte> buffer)
        {
            if (buffer.Length < Math.Max(_rowBytesMax, _header.Length))
            {
                throw new ArgumentException($"A buffer of at least {Math.Max(_rowBytesMax, _header.Length)} bytes is needed.", nameof(buffer));
            }
            var used = 0;
            if (_headerPending)
            {
                _header.CopyTo(buffer);
                used = _header.Length;
                _headerPending = false;
            }
            var parameters = _result.Parameters.Count;
            var columns = _longitudeFields.Length;
            var cells = _result.CellCount;
            var included = _result.CellIncluded;
            while (_time < _timeEnd)
            {
                var time = _timeFields[_time];
                for (; _cell < cells; _cell++)
                {
                    if (included is not null && !included[_cell])
                    {
                        continue;
                    }
                    if (buffer.Length - used < _rowBytesMax)
                    {
                        return used;
                    }
                    var row = buffer[used..];
                    time.CopyTo(row);
                    var n = time.Length;
                    var latitude = _latitudeFields[_cell / columns];
                    latitude.CopyTo(row[n..]);
                    n += latitude.Length;
                    var longitude = _longitudeFields[_cell % columns];
                    longitude.CopyTo(row[n..]);
                    n += longitude.Length;
                    var index = _time * cells + _cell;
                    for (var p = 0; p < parameters; p++)
                    {
                        row[n++] = (byte)',';
                        var value = _result.Values(p)[index];
                        if (!float.IsNaN(value))
                        {
                            n += _formatted.Write(value, row[n..]);
                        }
                    }
                    row[n++] = (byte)'\n';
                    used += n;
                }
                _cell = 0;
                _time++;
            }
            return used;
        }

        private static byte[] Header(OceanQueryResult result)
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
            return Encoding.UTF8.GetBytes(header.Append('\n').ToString());
        }

        private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

        private static string TimeField(OceanQueryResult result, DateTimeOffset time) =>
            result.TimeBounds is { } bounds
                ? TimeAxis.Format(bounds.Start) + "/" + TimeAxis.Format(bounds.End)
                : TimeAxis.Format(time);
    }
}
