using DataZones.Marketplace.Ingestion;
using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DataZones.Zones.Finance.Reference;

namespace DataZones.Zones.Finance.Ingestion;

/// <summary>
/// Writes a source file in the documented format: UTF-8 without byte-order mark; CSV with a header row, CRLF line
/// ends and RFC 4180 quoting; JSON Lines with LF line ends. Output depends only on the rows written, so equal
/// rows give equal bytes.
/// </summary>
public sealed class FinanceFileWriter : IDisposable
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly IReadOnlyList<FinanceFileColumn> _columns;
    private readonly IngestionFormat _format;
    private readonly StreamWriter _writer;
    private readonly ArrayBufferWriter<byte> _jsonBuffer = new();

    /// <summary>Starts a file on <paramref name="destination"/> (left open) and writes the CSV header.</summary>
    public FinanceFileWriter(Stream destination, FinanceSource source, IngestionFormat format)
    {
        ArgumentNullException.ThrowIfNull(destination);
        _columns = FinanceFileFormats.Columns(source);
        _format = format;
        _writer = new StreamWriter(destination, new UTF8Encoding(false), 65_536, leaveOpen: true)
        {
            NewLine = format == IngestionFormat.Csv ? "\r\n" : "\n",
        };
        if (format == IngestionFormat.Csv)
        {
            _writer.WriteLine(string.Join(',', _columns.Select(c => c.Name)));
        }
    }

    /// <summary>Writes one row; values in column order, null for an absent optional value.</summary>
    /// <exception cref="ArgumentException">The number of values differs from the number of columns.</exception>
    public void WriteRow(IReadOnlyList<string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != _columns.Count)
        {
            throw new ArgumentException($"A row has {_columns.Count} values.", nameof(values));
        }

        _writer.WriteLine(_format == IngestionFormat.Csv ? CsvLine(values) : JsonLine(values));
    }

    public void Dispose() => _writer.Dispose();

    private static string CsvLine(IReadOnlyList<string?> values) =>
        string.Join(',', values.Select(v => v is null ? string.Empty : Quote(v)));

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private string JsonLine(IReadOnlyList<string?> values)
    {
        _jsonBuffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(_jsonBuffer, JsonOptions))
        {
            json.WriteStartObject();
            for (var i = 0; i < _columns.Count; i++)
            {
                var (column, value) = (_columns[i], values[i]);
                json.WritePropertyName(column.Name);
                if (value is null)
                {
                    json.WriteNullValue();
                }
                else if (column.Kind == FinanceColumnKind.Text)
                {
                    json.WriteStringValue(value);
                }
                else
                {
                    json.WriteRawValue(value); // a number or true/false, validated by the writer
                }
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(_jsonBuffer.WrittenSpan);
    }
}
