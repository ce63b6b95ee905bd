using System.Text.Json;
using DataZones.Zones.Ocean.Datasets;

namespace DataZones.Zones.Ocean.Output;

/// <summary>The <c>referencing</c> member of a CoverageJSON domain: CRS84 for x/y, Gregorian time for t, depth for z.</summary>
public static class CoverageJsonReferencing
{
    public static void Write(Utf8JsonWriter writer, bool hasDepth)
    {
        writer.WriteStartArray("referencing");

        writer.WriteStartObject();
        WriteCoordinates(writer, "x", "y");
        writer.WriteStartObject("system");
        writer.WriteString("type", "GeographicCRS");
        writer.WriteString("id", DatasetDescriptor.Crs84);
        writer.WriteEndObject();
        writer.WriteEndObject();

        if (hasDepth)
        {
            writer.WriteStartObject();
            WriteCoordinates(writer, "z");
            writer.WriteStartObject("system");
            writer.WriteString("type", "VerticalCRS");
            writer.WriteStartObject("cs");
            writer.WriteStartArray("csAxes");
            writer.WriteStartObject();
            writer.WriteStartObject("name");
            writer.WriteString("en", "Depth");
            writer.WriteEndObject();
            writer.WriteString("direction", "down");
            writer.WriteStartObject("unit");
            writer.WriteString("symbol", "m");
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteStartObject();
        WriteCoordinates(writer, "t");
        writer.WriteStartObject("system");
        writer.WriteString("type", "TemporalRS");
        writer.WriteString("calendar", "Gregorian");
        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteEndArray();
    }

    private static void WriteCoordinates(Utf8JsonWriter writer, params string[] names)
    {
        writer.WriteStartArray("coordinates");
        foreach (var name in names)
        {
            writer.WriteStringValue(name);
        }
        writer.WriteEndArray();
    }
}
