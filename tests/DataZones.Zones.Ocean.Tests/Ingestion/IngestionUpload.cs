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
