using System.Text.Encodings.Web;
using System.Text.Json;
using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Engine;

namespace DataZones.Zones.Ocean.Griddap;

/// <summary>
/// ERDDAP's <c>.json</c> table: <c>{"table": {"columnNames", "columnTypes", "columnUnits", "rows"}}</c>, one row per
/// time step and cell, <c>null</c> for no value — the shape erddapy and rerddap parse.
/// </summary>
public static class GriddapJsonWriter
{
    public const string MediaType = "application/json";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Render(OceanQueryResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("table");
            Strings(writer, "columnNames", ["time", "latitude", "longitude", .. result.Parameters.Select(p => p.Name)]);
            Strings(writer, "columnTypes", ["String", "double", "double", .. result.Parameters.Select(_ => "float")]);
            Strings(writer, "columnUnits", ["UTC", "degrees_north", "degrees_east", .. result.Parameters.Select(p => p.Units)]);
            writer.WriteStartArray("rows");
            var cells = result.CellCount;
            for (var t = 0; t < result.Times.Count; t++)
            {
                var time = TimeAxis.Format(result.Times[t]);
                for (var cell = 0; cell < cells; cell++)
                {
                    writer.WriteStartArray();
                    writer.WriteStringValue(time);
                    writer.WriteNumberValue(result.Latitudes[cell / result.Longitudes.Count]);
                    writer.WriteNumberValue(result.Longitudes[cell % result.Longitudes.Count]);
                    for (var p = 0; p < result.Parameters.Count; p++)
                    {
                        var value = result.Values(p)[t * cells + cell];
                        if (float.IsNaN(value)) writer.WriteNullValue();
                        else writer.WriteNumberValue(value);
                    }
                    writer.WriteEndArray();
                }
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        return stream.ToArray();
    }

    private static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values) writer.WriteStringValue(value);
        writer.WriteEndArray();
    }
}
