using System.Collections.Immutable;
using System.Text.Json;

namespace DataZones.Zones.Ocean.Zarr;

/// <summary>
/// The <c>.zattrs</c> document of an array or group: free-form JSON attributes. Arrays carry
/// <c>_ARRAY_DIMENSIONS</c> (how xarray names dimensions) and CF attributes (units, standard_name, long_name).
/// Immutable; keys are kept sorted so the document text is predictable.
/// </summary>
public sealed class ZarrAttributes
{
    public const string ArrayDimensions = "_ARRAY_DIMENSIONS";

    public static readonly ZarrAttributes Empty = new(ImmutableSortedDictionary.Create<string, JsonElement>(StringComparer.Ordinal));

    private readonly ImmutableSortedDictionary<string, JsonElement> _values;

    private ZarrAttributes(ImmutableSortedDictionary<string, JsonElement> values) => _values = values;

    public IReadOnlyDictionary<string, JsonElement> Values => _values;

    public ZarrAttributes With(string name, JsonElement value) => new(_values.SetItem(name, value.Clone()));

    public ZarrAttributes With(string name, string value) => With(name, JsonSerializer.SerializeToElement(value));

    public ZarrAttributes With(string name, double value) => With(name, JsonSerializer.SerializeToElement(value));

    public ZarrAttributes With(string name, IEnumerable<string> values) =>
        With(name, JsonSerializer.SerializeToElement(values.ToArray()));

    public ZarrAttributes With(string name, IEnumerable<double> values) =>
        With(name, JsonSerializer.SerializeToElement(values.ToArray()));

    /// <summary>The string attribute <paramref name="name"/>, or null when absent or not a string.</summary>
    public string? GetString(string name) =>
        _values.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The array-of-strings attribute <paramref name="name"/>, or null when absent.</summary>
    public IReadOnlyList<string>? GetStrings(string name) =>
        _values.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(e => e.GetString() ?? "").ToArray()
            : null;

    /// <summary>The attribute <paramref name="name"/> as raw JSON, or null when absent.</summary>
    public JsonElement? Get(string name) => _values.TryGetValue(name, out var value) ? value : null;

    public byte[] ToJson() => ZarrJson.Write(WriteTo);

    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in _values)
        {
            writer.WritePropertyName(name);
            ZarrJson.WriteSorted(writer, value);
        }
        writer.WriteEndObject();
    }

    public static ZarrAttributes Parse(JsonElement root)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            builder[property.Name] = property.Value.Clone();
        }
        return new ZarrAttributes(builder.ToImmutable());
    }
}
