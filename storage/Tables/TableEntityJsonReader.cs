using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Azure;

namespace DataZones.Storage.Tables;

/// <summary>
/// Reads an entity from the service's JSON (minimal or full metadata). A value's type comes from its
/// <c>@odata.type</c> annotation when there is one; otherwise from the JSON itself: a number with a fraction or
/// exponent is a double (the service writes whole doubles as <c>2.0</c>), any other number an Int32.
/// </summary>
internal static class TableEntityJsonReader
{
    private const string TypeSuffix = "@odata.type";

    public static TableEntity Read(JsonElement element)
    {
        // Annotations may come before or after their value, so they are gathered first (rare: only typed values have one).
        Dictionary<string, string>? types = null;
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name.EndsWith(TypeSuffix, StringComparison.Ordinal))
            {
                types ??= new Dictionary<string, string>(StringComparer.Ordinal);
                types[property.Name[..^TypeSuffix.Length]] = property.Value.GetString() ?? string.Empty;
            }
        }

        var entity = new TableEntity();
        foreach (var property in element.EnumerateObject())
        {
            var name = property.Name;
            if (name.StartsWith("odata.", StringComparison.Ordinal))
            {
                if (name == "odata.etag") entity.ETag = new ETag(property.Value.GetString() ?? string.Empty);
                continue;
            }

            if (name.EndsWith(TypeSuffix, StringComparison.Ordinal) || property.Value.ValueKind == JsonValueKind.Null) continue;
            // Timestamp is a DateTime whether or not the metadata level annotates it.
            var type = name == "Timestamp" ? "Edm.DateTime" : types is not null && types.TryGetValue(name, out var t) ? t : null;
            var value = ReadValue(property.Value, type);
            if (name == "Timestamp") entity.Timestamp = (DateTimeOffset)value;
            else entity[name] = value;
        }

        return entity;
    }

    private static object ReadValue(JsonElement value, string? edmType) => edmType switch
    {
        null or "Edm.String" or "Edm.Int32" or "Edm.Boolean" => ReadUntyped(value),
        "Edm.Int64" => long.Parse(value.GetString()!, NumberStyles.Integer, CultureInfo.InvariantCulture),
        "Edm.Double" => value.ValueKind == JsonValueKind.String
            ? double.Parse(value.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
            : value.GetDouble(),
        "Edm.DateTime" => DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        "Edm.Guid" => Guid.Parse(value.GetString()!),
        "Edm.Binary" => value.GetBytesFromBase64(),
        _ => throw new FormatException($"The service returned an unknown property type '{edmType}'."),
    };

    private static object ReadUntyped(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return value.GetString()!;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Number:
                var isWhole = JsonMarshal.GetRawUtf8Value(value).IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0;
                // Boxed separately: a conditional of int and double would widen the int to a double.
                if (isWhole && value.TryGetInt32(out var number)) return number;
                return value.GetDouble();
            default:
                throw new FormatException($"The service returned a {value.ValueKind} property value.");
        }
    }
}
