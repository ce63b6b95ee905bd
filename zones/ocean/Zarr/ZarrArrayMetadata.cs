using System.Text.Json;

namespace DataZones.Zones.Ocean.Zarr;

/// <summary>
/// The <c>.zarray</c> document of a Zarr v2 array. This zone writes C order, no filters, '.' as the dimension
/// separator and a zlib compressor (or none); it reads the same, and rejects anything else as unsupported data.
/// </summary>
public sealed record ZarrArrayMetadata
{
    public ZarrArrayMetadata(
        IReadOnlyList<int> shape, IReadOnlyList<int> chunks, ZarrDataType dataType, ZarrCompressor? compressor,
        double? fillValue, char dimensionSeparator = '.')
    {
        if (shape.Count == 0 || shape.Count != chunks.Count)
        {
            throw new ArgumentException("Shape and chunks need the same, non-zero, number of dimensions.");
        }
        if (shape.Any(n => n < 0) || chunks.Any(n => n < 1))
        {
            throw new ArgumentException("Dimensions cannot be negative and chunks must hold at least one element.");
        }
        Shape = shape.ToArray();
        Chunks = chunks.ToArray();
        DataType = dataType;
        Compressor = compressor;
        FillValue = fillValue;
        DimensionSeparator = dimensionSeparator;
    }

    public IReadOnlyList<int> Shape { get; }

    public IReadOnlyList<int> Chunks { get; }

    public ZarrDataType DataType { get; }

    public ZarrCompressor? Compressor { get; }

    /// <summary>The value of elements never written; NaN for float fields, encoded as "NaN" in JSON.</summary>
    public double? FillValue { get; }

    public char DimensionSeparator { get; }

    public int Rank => Shape.Count;

    /// <summary>Elements in one chunk, edge chunks included (they are stored padded to full size).</summary>
    public int ChunkElementCount => Chunks.Aggregate(1, (product, n) => checked(product * n));

    /// <summary>The document as zarr-python writes it.</summary>
    public byte[] ToJson() => ZarrJson.Write(WriteTo);

    /// <summary>Writes the document, keys in sorted order.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        WriteInts(writer, "chunks", Chunks);
        writer.WritePropertyName("compressor");
        if (Compressor is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStartObject();
            writer.WriteString("id", Compressor.Id);
            writer.WriteNumber("level", Compressor.Level);
            writer.WriteEndObject();
        }
        writer.WriteString("dimension_separator", DimensionSeparator.ToString());
        writer.WriteString("dtype", DataType.Dtype);
        writer.WritePropertyName("fill_value");
        ZarrJson.WriteFillValue(writer, FillValue, DataType);
        writer.WriteNull("filters");
        writer.WriteString("order", "C");
        WriteInts(writer, "shape", Shape);
        writer.WriteNumber("zarr_format", 2);
        writer.WriteEndObject();
    }

    /// <summary>Reads a <c>.zarray</c> document; throws <see cref="InvalidDataException"/> for what this zone cannot read.</summary>
    public static ZarrArrayMetadata Parse(JsonElement root)
    {
        Require(root.GetProperty("zarr_format").GetInt32() == 2, "only zarr_format 2 is supported");
        Require(root.GetProperty("order").GetString() == "C", "only C order is supported");
        Require(
            !root.TryGetProperty("filters", out var filters) || filters.ValueKind == JsonValueKind.Null
            || filters.GetArrayLength() == 0,
            "filters are not supported");
        var dtype = root.GetProperty("dtype").GetString() ?? "";
        var dataType = ZarrDataType.Parse(dtype) ?? throw new InvalidDataException($"dtype '{dtype}' is not supported.");
        ZarrCompressor? compressor = null;
        if (root.TryGetProperty("compressor", out var c) && c.ValueKind != JsonValueKind.Null)
        {
            var id = c.GetProperty("id").GetString();
            Require(id == ZarrCompressor.ZlibId, $"compressor '{id}' is not supported");
            compressor = new ZarrCompressor(ZarrCompressor.ZlibId, c.TryGetProperty("level", out var l) ? l.GetInt32() : 1);
        }
        var separator = root.TryGetProperty("dimension_separator", out var s) ? s.GetString() : ".";
        Require(separator is "." or "/", $"dimension separator '{separator}' is not supported");
        return new ZarrArrayMetadata(
            ReadInts(root.GetProperty("shape")), ReadInts(root.GetProperty("chunks")), dataType, compressor,
            ZarrJson.ReadFillValue(root.GetProperty("fill_value")), separator![0]);
    }

    /// <summary>Reads a <c>.zarray</c> document from its UTF-8 bytes.</summary>
    public static ZarrArrayMetadata Parse(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        using var document = JsonDocument.ParseValue(ref reader);
        return Parse(document.RootElement);
    }

    private static int[] ReadInts(JsonElement array) => array.EnumerateArray().Select(e => e.GetInt32()).ToArray();

    private static void WriteInts(Utf8JsonWriter writer, string name, IReadOnlyList<int> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteNumberValue(value);
        }
        writer.WriteEndArray();
    }

    private static void Require(bool condition, string reason)
    {
        if (!condition)
        {
            throw new InvalidDataException($"Unsupported Zarr array: {reason}.");
        }
    }
}
