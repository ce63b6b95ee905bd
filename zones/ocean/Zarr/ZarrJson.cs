using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DataZones.Zones.Ocean.Zarr;

/// <summary>
/// How this zone writes Zarr metadata: the same text zarr-python writes (keys sorted, four-space indent, '\n'),
/// so that metadata is byte-for-byte predictable and diffs against reference files are empty.
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

    /// <summary>Runs <paramref name="write"/> against a metadata writer and returns the UTF-8 text.</summary>
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }
        return buffer.WrittenSpan.ToArray();
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
