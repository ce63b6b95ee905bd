using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DataZones.Zones.Ocean.Zarr;

/// <summary>
/// How this zone writes Zarr metadata: the same text zarr-python writes (<c>json.dumps</c> with keys sorted, a
/// four-space indent, '\n' and <c>ensure_ascii</c>), so that metadata is byte-for-byte predictable, diffs against
/// reference files are empty, and every reader opens it: zarr-python before 2.14 (Debian 12 ships 2.13) reads
/// metadata as ASCII and fails on raw UTF-8 such as a Chinese title or "×".
/// </summary>
public static class ZarrJson
{
    /// <summary>Writer options for metadata documents.</summary>
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 4,
        NewLine = "\n",
        // Zarr metadata is not embedded in HTML; keep "<f4" readable rather than "\u003Cf4".
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Runs <paramref name="write"/> against a metadata writer and returns the text, all ASCII.</summary>
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }
        return AsciiEscaped(buffer.WrittenSpan);
    }

    /// <summary>
    /// JSON text with every non-ASCII character escaped as Python's <c>ensure_ascii</c> escapes it: one
    /// <c>\uxxxx</c> (lower-case hex) per UTF-16 unit, so a character outside the BMP becomes its surrogate pair.
    /// Escapes the writer made itself get lower-case hex too. Outside strings JSON is ASCII already.
    /// </summary>
    public static byte[] AsciiEscaped(ReadOnlySpan<byte> json)
    {
        if (!json.ContainsAnyExceptInRange((byte)0, (byte)0x7E) && json.IndexOf("\\u"u8) < 0) return json.ToArray();
        var text = System.Text.Encoding.UTF8.GetString(json);
        var escaped = new System.Text.StringBuilder(text.Length + 64);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                if (text[i + 1] == 'u' && i + 5 < text.Length)
                {
                    escaped.Append("\\u").Append(text.AsSpan(i + 2, 4).ToString().ToLowerInvariant());
                    i += 5;
                }
                else
                {
                    escaped.Append(c).Append(text[i + 1]);
                    i++;
                }
            }
            else if (c >= 0x7F)
            {
                escaped.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }
        return System.Text.Encoding.ASCII.GetBytes(escaped.ToString());
    }

    /// <summary>Writes a Zarr fill value: NaN and the infinities as the strings the specification prescribes.</summary>
    public static void WriteFillValue(Utf8JsonWriter writer, double? fillValue, ZarrDataType dataType)
    {
        if (fillValue is not { } value)
        {
            writer.WriteNullValue();
        }
        else if (double.IsNaN(value))
        {
            writer.WriteStringValue("NaN");
        }
        else if (double.IsInfinity(value))
        {
            writer.WriteStringValue(value > 0 ? "Infinity" : "-Infinity");
        }
        else if (!dataType.IsFloatingPoint)
        {
            writer.WriteNumberValue((long)value);
        }
        else
        {
            writer.WriteNumberValue(value);
        }
    }

    /// <summary>Reads a fill value written by <see cref="WriteFillValue"/> (or by zarr-python).</summary>
    public static double? ReadFillValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.String => element.GetString() switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            var other => throw new InvalidDataException($"'{other}' is not a Zarr fill value."),
        },
        _ => throw new InvalidDataException($"A Zarr fill value cannot be {element.ValueKind}."),
    };

    /// <summary>Writes a JSON value with the keys of every object sorted, as Python's <c>sort_keys=True</c> does.</summary>
    public static void WriteSorted(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    WriteSorted(writer, property.Value);
                }
                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteSorted(writer, item);
                }
                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
