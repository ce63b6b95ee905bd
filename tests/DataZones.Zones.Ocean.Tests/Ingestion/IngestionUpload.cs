using System.Net.Http.Headers;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DataZones.Zones.Ocean.Tests.Ingestion;

/// <summary>
/// A small upload in the documented format: 3 daily steps from 2025-02-01 on a 5 × 6 grid at 0.1° (latitude
/// 35.0–35.4, longitude 120.0–120.5), SST only, value = t*100 + y*10 + x, and a restricted square whose edges run
/// through the centres of columns x = 2 and 4 and rows y = 1 and 3.
/// </summary>
public static class IngestionUpload
{
    public const int TimeSteps = 3;
    public const int Latitudes = 5;
    public const int Longitudes = 6;

    public static string NewId() => "ingest-" + Guid.NewGuid().ToString("N")[..10];

    public static float Value(int t, int y, int x) => t * 100 + y * 10 + x;

    public static JsonObject Header(string id) => new()
    {
        ["id"] = id,
        ["title"] = "Uploaded test sea",
        ["times"] = new JsonObject { ["start"] = "2025-02-01T00:00:00Z", ["stepHours"] = 24, ["count"] = TimeSteps },
        ["latitudes"] = new JsonObject { ["start"] = 35.0, ["step"] = 0.1, ["count"] = Latitudes },
        ["longitudes"] = new JsonObject { ["start"] = 120.0, ["step"] = 0.1, ["count"] = Longitudes },
        ["parameters"] = new JsonArray(new JsonObject { ["name"] = "sea_surface_temperature", ["file"] = "sst.f32" }),
        ["restrictedAreas"] = new JsonArray(new JsonObject
        {
            ["name"] = "Edge test area",
            ["polygon"] = JsonSerializer.SerializeToNode(new[] { new[] { 120.2, 35.1 }, [120.4, 35.1], [120.4, 35.3], [120.2, 35.3], [120.2, 35.1] }),
        }),
        ["chunking"] = new JsonObject { ["timeSteps"] = 2, ["latitudes"] = 3, ["longitudes"] = 4 },
    };

    public static float[] Values()
    {
        var values = new float[TimeSteps * Latitudes * Longitudes];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Value(i / (Latitudes * Longitudes), i / Longitudes % Latitudes, i % Longitudes);
        }
        return values;
    }

    /// <summary>The same upload in the CSV form: one part named <paramref name="part"/>, parameters without files.</summary>
    public static JsonObject CsvHeader(string id, string part = "values.csv")
    {
        var header = Header(id);
        header["csv"] = part;
        header["parameters"] = new JsonArray(new JsonObject { ["name"] = "sea_surface_temperature" });
        return header;
    }

    /// <summary>Every cell of <see cref="Values"/> as a CSV row, latest time first (row order is free).</summary>
    public static string Csv()
    {
        var rows = new System.Text.StringBuilder("longitude,time,latitude,sea_surface_temperature\n");
        for (var t = TimeSteps - 1; t >= 0; t--)
        {
            for (var y = 0; y < Latitudes; y++)
            {
                for (var x = 0; x < Longitudes; x++)
                {
                    rows.Append(System.Globalization.CultureInfo.InvariantCulture, $"{120 + x * 0.1:0.0##},2025-02-{1 + t:00}T00:00:00Z,{35 + y * 0.1:0.0##},{Value(t, y, x)}\n");
                }
            }
        }
        return rows.ToString();
    }

    public static MultipartFormDataContent CsvContent(JsonObject header, string part, string csv) => new()
    {
        { new StringContent(header.ToJsonString(), System.Text.Encoding.UTF8, "application/json"), "header" },
        { new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"), part, part },
    };

    public static MultipartFormDataContent Content(JsonObject header, params (string Name, float[] Values)[] files)
    {
        var content = new MultipartFormDataContent { { new StringContent(header.ToJsonString(), System.Text.Encoding.UTF8, "application/json"), "header" } };
        foreach (var (name, values) in files)
        {
            var bytes = new ByteArrayContent(MemoryMarshal.AsBytes(values.AsSpan()).ToArray());
            bytes.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(bytes, name, name);
        }
        return content;
    }
}
