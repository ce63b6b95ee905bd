using System.Collections;
using System.Globalization;
using System.Text;
using DataZones.Marketplace.Problems;
using DataZones.Marketplace.Text;
using DataZones.Zones.Ocean.Datasets;
using C = DataZones.Zones.Ocean.Ingestion.IngestionProblemCodes;

namespace DataZones.Zones.Ocean.Ingestion;

/// <summary>
/// Reads the CSV form of an upload onto the grid its header declares: a first line naming the columns
/// (<c>time</c>, <c>latitude</c>, <c>longitude</c> and each parameter, in any order), then one row per time step
/// and cell, in any order. The result is one array per parameter, (time, latitude, longitude) in C order, NaN where
/// no row or an empty field gives a value. Every row must land exactly on the grid and appear once; the first
/// <see cref="ProblemsMax"/> problems are reported with their line, then reading stops.
/// </summary>
public static class CsvGridReader
{
    public const int ProblemsMax = 20;

    public static (float[][]? Values, IReadOnlyList<FieldError> Problems) Read(Stream utf8, DatasetDefinition grid, string part)
    {
        // Invalid UTF-8 becomes U+FFFD and then fails the field's own rule, naming the line.
        using var text = new StreamReader(utf8, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true, 65_536, leaveOpen: true);
        var csv = new CsvRecordReader(text);
        var problems = new List<FieldError>();
        if (csv.Read() is not { } header)
        {
            return (null, [new(part, C.Required, "The CSV is empty; its first line names the columns: time, latitude, longitude and each parameter.")]);
        }
        if (Columns.Of(header.Fields, grid, part, problems) is not { } columns)
        {
            return (null, problems);
        }
        var times = new TimeAxis(grid.Times);
        var latitudes = new CoordinateAxis(DatasetConventions.Latitude, "degrees_north", grid.Latitudes);
        var longitudes = new CoordinateAxis(DatasetConventions.Longitude, "degrees_east", grid.Longitudes);
        var cells = grid.Latitudes.Count * grid.Longitudes.Count;
        var values = grid.Parameters.Select(_ => NaNs(grid.Times.Count * cells)).ToArray();
        var seen = new BitArray(grid.Times.Count * cells);
        while (problems.Count < ProblemsMax && csv.Read() is { } record)
        {
            var line = record.StartLine;
            void Problem(string rule, string message) => problems.Add(new(part, rule, $"Line {line}: {message}"));
            if (record.Error is not null)
            {
                Problem(record.ErrorCode!, record.Error);
                continue;
            }
            var fields = record.Fields;
            if (fields.Count != columns.Count)
            {
                Problem(C.WrongFieldCount, $"{fields.Count} fields; the first line names {columns.Count} columns.");
                continue;
            }
            var timeText = fields[columns.Time].Trim();
            if (!DateTimeOffset.TryParse(timeText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
            {
                Problem(C.InvalidTime, $"time '{timeText}' is not an ISO 8601 date and time.");
                continue;
            }
            if (times.NearestIndex(time) is not { } t || times.Instants[t] != time)
            {
                Problem(C.NotOnGrid, $"time {TimeAxis.Format(time)} is not one of the header's {times.Count} time steps ({TimeAxis.Format(times.First)} to {TimeAxis.Format(times.Last)}).");
                continue;
            }
            if (CentreIndex(latitudes, fields[columns.Latitude]) is not { } y)
            {
                Problem(C.NotOnGrid, $"latitude '{fields[columns.Latitude].Trim()}' is not a cell centre of the header's latitudes ({Describe(latitudes)}).");
                continue;
            }
            if (CentreIndex(longitudes, fields[columns.Longitude]) is not { } x)
            {
                Problem(C.NotOnGrid, $"longitude '{fields[columns.Longitude].Trim()}' is not a cell centre of the header's longitudes ({Describe(longitudes)}).");
                continue;
            }
            var index = (t * grid.Latitudes.Count + y) * grid.Longitudes.Count + x;
            if (seen[index])
            {
                Problem(C.DuplicateRow, $"the cell at {TimeAxis.Format(time)}, latitude {grid.Latitudes[y]}, longitude {grid.Longitudes[x]} has a row already.");
                continue;
            }
            seen[index] = true;
            for (var p = 0; p < columns.Parameters.Count; p++)
            {
                var field = fields[columns.Parameters[p]].AsSpan().Trim();
                if (field.IsEmpty || field.Equals("NaN", StringComparison.OrdinalIgnoreCase))
                {
                    continue; // no value
                }
                if (!float.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    Problem(C.NotANumber, $"'{field}' in column {grid.Parameters[p].Name} is not a number.");
                }
                else if (!float.IsFinite(value))
                {
                    Problem(C.InfiniteValue, $"'{field}' in column {grid.Parameters[p].Name} is infinite or beyond the float range.");
                }
                else
                {
                    values[p][index] = value;
                }
            }
        }
        return problems.Count > 0 ? (null, problems) : (values, []);
    }

    private static float[] NaNs(int length)
    {
        var values = new float[length];
        Array.Fill(values, float.NaN);
        return values;
    }

    // The cell whose centre the text names, to within a thousandth of the spacing (a millionth of a degree for a
    // single cell): coordinates printed with fewer digits still land, a coordinate between centres does not.
    private static int? CentreIndex(CoordinateAxis axis, string text)
    {
        if (!double.TryParse(text.AsSpan().Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || axis.NearestIndex(value) is not { } index)
        {
            return null;
        }
        var tolerance = axis.Count > 1 ? axis.HalfCell / 500 : 1e-6;
        return Math.Abs(value - axis.Values[index]) <= tolerance ? index : null;
    }

    private static string Describe(CoordinateAxis axis) => axis.Count == 1
        ? axis.Values[0].ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{axis.Values[0]} to {axis.Values[^1]} by {Math.Round(axis.HalfCell * 2, 9)}");

    /// <summary>Where each column is: the coordinates, and one per parameter in the grid's parameter order.</summary>
    private sealed record Columns(int Count, int Time, int Latitude, int Longitude, IReadOnlyList<int> Parameters)
    {
        public static Columns? Of(IReadOnlyList<string> names, DatasetDefinition grid, string part, List<FieldError> problems)
        {
            var positions = new Dictionary<string, int>(StringComparer.Ordinal);
            var expected = new[] { DatasetConventions.Time, DatasetConventions.Latitude, DatasetConventions.Longitude }.Concat(grid.Parameters.Select(p => p.Name)).ToList();
            for (var i = 0; i < names.Count; i++)
            {
                var name = names[i].Trim();
                if (!expected.Contains(name))
                {
                    problems.Add(new(part, C.UnknownColumn, $"Line 1: column '{name}' is neither a coordinate (time, latitude, longitude) nor a parameter the header lists."));
                }
                else if (!positions.TryAdd(name, i))
                {
                    problems.Add(new(part, C.Duplicate, $"Line 1: column '{name}' appears twice."));
                }
            }
            foreach (var missing in expected.Where(e => !positions.ContainsKey(e)))
            {
                problems.Add(new(part, C.MissingColumn, $"Line 1: there is no column '{missing}'."));
            }
            return problems.Count > 0
                ? null
                : new Columns(names.Count, positions[DatasetConventions.Time], positions[DatasetConventions.Latitude], positions[DatasetConventions.Longitude], grid.Parameters.Select(p => positions[p.Name]).ToArray());
        }
    }
}
