using System.Buffers;
using System.Globalization;
using System.Text;
using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Engine;

namespace DataZones.Zones.Ocean.Output;

/// <summary>
/// Writes a query result as CSV, one row per time step and cell: <c>time,latitude,longitude[,depth],&lt;parameters&gt;</c>,
/// an empty field where there is no value. Cells outside an area query's polygon have no row. When the answer
/// withholds restricted cells, a last column <c>withheld</c> says <c>restricted-area</c> on their rows (after a spatial
/// mean, on every row: each mean leaves them out), so an empty value there is never mistaken for land. After a temporal mean
/// the time field is the ISO 8601 interval averaged over. Rows are formatted straight into UTF-8 buffers: the fields
/// that repeat (time, latitude, longitude) are encoded once per answer, and only the values are formatted per row.
/// </summary>
public static class CsvWriter
{
    public const string MediaType = "text/csv";

    private const int BufferBytes = 64 * 1024;

    /// <summary>Writes the whole result to <paramref name="stream"/>, a buffer at a time, on one thread.</summary>
    public static async Task WriteAsync(OceanQueryResult result, Stream stream, CancellationToken cancellationToken = default)
    {
        var rows = new CsvRows(result, new IndexRange(0, result.Times.Count), header: true);
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

    /// <summary>Renders the whole result into one array, in blocks of time steps on every core: the same bytes as <see cref="WriteAsync"/>.</summary>
    public static byte[] Render(OceanQueryResult result, CancellationToken cancellationToken = default) =>
        Render(result, CsvHeader.Names, cancellationToken);

    /// <summary>As <see cref="Render(OceanQueryResult, CancellationToken)"/>, with the header in the given style (ERDDAP's .csv and .csvp).</summary>
    public static byte[] Render(OceanQueryResult result, CsvHeader header, CancellationToken cancellationToken = default)
    {
        var layout = new CsvLayout(result, header);
        var count = Math.Max(1, Math.Min(Environment.ProcessorCount * 4, result.Times.Count));
        var blocks = Enumerable.Range(0, count).Select(b =>
        {
            var start = result.Times.Count * b / count;
            return (ITextBlock)new CsvRows(result, layout, new IndexRange(start, result.Times.Count * (b + 1) / count - start), header: b == 0);
        }).ToArray();
        return ParallelText.Join(blocks, cancellationToken);
    }

    /// <summary>The encoded fields every block of rows shares: the header line, and each time, latitude and longitude with its separator.</summary>
    internal sealed class CsvLayout
    {
        private const int ValueBytesMax = FormattedValueCache.BytesFreeMin; // "-1.2345679E+38" is 14

        public CsvLayout(OceanQueryResult result, CsvHeader header = CsvHeader.Names)
        {
            Header = HeaderOf(result, header);
            var depth = result.Depth is { } z ? "," + Number(z) : "";
            TimeFields = result.Times.Select(t => Encoding.UTF8.GetBytes(TimeField(result, t) + ",")).ToArray();
            LatitudeFields = result.Latitudes.Select(y => Encoding.UTF8.GetBytes(Number(y) + ",")).ToArray();
            LongitudeFields = result.Longitudes.Select(x => Encoding.UTF8.GetBytes(Number(x) + depth)).ToArray();
            WithheldFields = WithheldFieldsOf(result);
            RowBytesMax = TimeFields.Max(f => f.Length) + LatitudeFields.Max(f => f.Length) + LongitudeFields.Max(f => f.Length)
                + result.Parameters.Count * (1 + ValueBytesMax) + WithheldFlag.Length + 1;
        }

        private static readonly byte[] WithheldFlag = Encoding.UTF8.GetBytes("," + Edr.WithheldCells.Reason);

        private static readonly byte[] NotWithheld = ","u8.ToArray();

        /// <summary>Per cell of the answer, the last field: null when the answer withholds nothing (no such column).</summary>
        public byte[][]? WithheldFields { get; }

        private static byte[][]? WithheldFieldsOf(OceanQueryResult result)
        {
            if (result.Withheld is not { } withheld)
            {
                return null;
            }
            if (result.Plan.Query.Aggregation == Edr.EdrAggregation.SpatialMean)
            {
                return [WithheldFlag];
            }
            return withheld.Mask.Select(m => m ? WithheldFlag : NotWithheld).ToArray();
        }

        public byte[] Header { get; }

        public byte[][] TimeFields { get; }

        public byte[][] LatitudeFields { get; }

        public byte[][] LongitudeFields { get; }

        /// <summary>The most bytes a row can take, so a buffer with this much room left holds the next row whole.</summary>
        public int RowBytesMax { get; }

        private static byte[] HeaderOf(OceanQueryResult result, CsvHeader style)
        {
            var columns = new List<(string Name, string Units)> { ("time", "UTC"), ("latitude", "degrees_north"), ("longitude", "degrees_east") };
            if (result.Depth is not null)
            {
                columns.Add(("depth", "m"));
            }
            columns.AddRange(result.Parameters.Select(p => (p.Name, p.Units)));
            if (result.Withheld is not null)
            {
                columns.Add(("withheld", ""));
            }
            var header = style == CsvHeader.NamesWithUnits
                ? string.Join(',', columns.Select(c => c.Units.Length == 0 ? c.Name : $"{c.Name} ({c.Units})"))
                : string.Join(',', columns.Select(c => c.Name));
            if (style == CsvHeader.NamesThenUnits)
            {
                header += "\n" + string.Join(',', columns.Select(c => c.Units));
            }
            return Encoding.UTF8.GetBytes(header + "\n");
        }

        private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

        private static string TimeField(OceanQueryResult result, DateTimeOffset time) =>
            result.TimeBounds is { } bounds
                ? TimeAxis.Format(bounds.Start) + "/" + TimeAxis.Format(bounds.End)
                : TimeAxis.Format(time);
    }

    /// <summary>
    /// The rows of a block of time steps, produced a buffer at a time: <see cref="Fill"/> writes as many whole rows
    /// as fit and remembers where it stopped.
    /// </summary>
    public sealed class CsvRows : ITextBlock
    {
        private readonly OceanQueryResult _result;
        private readonly CsvLayout _layout;
        private readonly int _timeEnd;
        private readonly FormattedValueCache _formatted = new();
        private bool _headerPending;
        private int _time;
        private int _cell;

        /// <summary>The rows of the time steps in <paramref name="times"/>, after the header line when <paramref name="header"/> is set.</summary>
        public CsvRows(OceanQueryResult result, IndexRange times, bool header)
            : this(result, new CsvLayout(result), times, header)
        {
        }

        internal CsvRows(OceanQueryResult result, CsvLayout layout, IndexRange times, bool header)
        {
            _result = result;
            _layout = layout;
            _time = times.Start;
            _timeEnd = times.End;
            _headerPending = header;
        }

        /// <summary>Writes whole rows into <paramref name="buffer"/> (at least one row's worth); 0 when none are left.</summary>
        public int Fill(Span<byte> buffer)
        {
            var rowBytesMax = _layout.RowBytesMax;
            if (buffer.Length < Math.Max(rowBytesMax, _layout.Header.Length))
            {
                throw new ArgumentException($"A buffer of at least {Math.Max(rowBytesMax, _layout.Header.Length)} bytes is needed.", nameof(buffer));
            }
            var used = 0;
            if (_headerPending)
            {
                _layout.Header.CopyTo(buffer);
                used = _layout.Header.Length;
                _headerPending = false;
            }
            var parameters = _result.Parameters.Count;
            var (latitudes, longitudes) = (_layout.LatitudeFields, _layout.LongitudeFields);
            var columns = longitudes.Length;
            var cells = _result.CellCount;
            var included = _result.CellIncluded;
            var withheld = _layout.WithheldFields;
            while (_time < _timeEnd)
            {
                var time = _layout.TimeFields[_time];
                for (; _cell < cells; _cell++)
                {
                    if (included is not null && !included[_cell])
                    {
                        continue;
                    }
                    if (buffer.Length - used < rowBytesMax)
                    {
                        return used;
                    }
                    var row = buffer[used..];
                    time.CopyTo(row);
                    var n = time.Length;
                    var latitude = latitudes[_cell / columns];
                    latitude.CopyTo(row[n..]);
                    n += latitude.Length;
                    var longitude = longitudes[_cell % columns];
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
                    if (withheld is not null)
                    {
                        var flag = withheld[_cell];
                        flag.CopyTo(row[n..]);
                        n += flag.Length;
                    }
                    row[n++] = (byte)'\n';
                    used += n;
                }
                _cell = 0;
                _time++;
            }
            return used;
        }
    }
}
