using System.Text;
using System.Text.Json;
using DataZones.Marketplace.Text;

namespace DataZones.Marketplace.Ingestion;

/// <summary>
/// Turns a CSV or JSON Lines stream into <see cref="RawRecord"/>s, lazily, one record at a time. A CSV file whose
/// header lacks a required column yields one problem for line 1 and nothing else: no row of it could be read.
/// </summary>
public static class RawRecordReader
{
    /// <summary>Reads <paramref name="utf8"/> (left open) as <paramref name="format"/>; a CSV header must name each of <paramref name="requiredColumns"/> (lower case), JSON Lines fields are checked per line.</summary>
    public static IEnumerable<RawRecord> Read(Stream utf8, IngestionFormat format, IReadOnlyCollection<string> requiredColumns)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        ArgumentNullException.ThrowIfNull(requiredColumns);
        return format == IngestionFormat.Csv ? ReadCsv(utf8, requiredColumns) : ReadJsonLines(utf8);
    }

    // Invalid UTF-8 becomes U+FFFD and then fails the field's own rule, naming the line, instead of aborting the file.
    private static StreamReader Open(Stream utf8) =>
        new(utf8, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true, 16_384, leaveOpen: true);

    private static IEnumerable<RawRecord> ReadCsv(Stream utf8, IReadOnlyCollection<string> requiredColumns)
    {
        using var reader = Open(utf8);
        var csv = new CsvRecordReader(reader);
        if (csv.Read() is not { } header)
        {
            yield break;
        }

        var names = header.Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var missing = requiredColumns.Where(c => !names.Contains(c)).ToList();
        if (header.Error is not null || missing.Count > 0)
        {
            yield return Failed(1, IngestionProblemCodes.MissingColumn,
                header.Error ?? $"The header lacks the column(s) {string.Join(", ", missing)}.");
            yield break;
        }

        while (csv.Read() is { } record)
        {
            if (record.Error is not null || record.Fields.Count != names.Count)
            {
                yield return Failed(record.StartLine, record.ErrorCode ?? IngestionProblemCodes.MalformedRecord,
                    record.Error ?? $"The record has {record.Fields.Count} fields; the header has {names.Count}.");
                continue;
            }

            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < names.Count; i++)
            {
                fields[names[i]] = record.Fields[i];
            }

            yield return new RawRecord(record.StartLine, fields, null);
        }
    }

    private static IEnumerable<RawRecord> ReadJsonLines(Stream utf8)
    {
        using var reader = Open(utf8);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (line.Length > CsvRecordReader.RecordLengthMaximum)
            {
                yield return Failed(lineNumber, IngestionProblemCodes.RecordTooLong,
                    $"The line is longer than {CsvRecordReader.RecordLengthMaximum} characters.");
                continue;
            }

            yield return ParseJsonLine(lineNumber, line);
        }
    }

    private static RawRecord ParseJsonLine(int lineNumber, string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Failed(lineNumber, IngestionProblemCodes.MalformedJson, "Each line must be one JSON object.");
            }

            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var value = property.Value;
                switch (value.ValueKind)
                {
                    case JsonValueKind.String:
                        fields[property.Name] = value.GetString()!;
                        break;
                    case JsonValueKind.Number:
                        fields[property.Name] = value.GetRawText();
                        break;
                    case JsonValueKind.True or JsonValueKind.False:
                        fields[property.Name] = value.ValueKind == JsonValueKind.True ? "true" : "false";
                        break;
                    case JsonValueKind.Null:
                        break;
                    default:
                        return Failed(lineNumber, IngestionProblemCodes.MalformedJson,
                            $"The field {property.Name} must be a string, number, boolean or null.");
                }
            }

            return new RawRecord(lineNumber, fields, null);
        }
        catch (JsonException)
        {
            return Failed(lineNumber, IngestionProblemCodes.MalformedJson, "The line is not valid JSON.");
        }
    }

    private static RawRecord Failed(int lineNumber, string code, string message) =>
        new(lineNumber, new Dictionary<string, string>(), new IngestionProblem(lineNumber, null, code, message));
}
