using System.Net;
using System.Text.Json.Nodes;

namespace DataZones.Zones.Ocean.Tests.Api;

/// <summary>Small helpers for reading ocean answers in tests.</summary>
public static class OceanHttp
{
    public const string TestSea = "/zones/ocean/collections/" + TestDataset.Id;

    public static async Task<JsonNode> JsonAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {expected}, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    public static async Task<string[]> CsvRowsAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {text}");
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static long UnitsCharged(HttpResponseMessage response) =>
        long.Parse(Assert.Single(response.Headers.GetValues("X-Units-Charged")), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Asserts a problem answer with the given status and type, not billed; returns its body.</summary>
    public static async Task<JsonNode> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        var body = await JsonAsync(response, status);
        Assert.Equal("/problems/" + type, body["type"]!.GetValue<string>());
        Assert.False(response.Headers.Contains("X-Units-Charged"));
        return body;
    }

    public static float?[] Values(JsonNode coverage, string parameter) =>
        coverage["ranges"]![parameter]!["values"]!.AsArray().Select(v => v is null ? (float?)null : v.GetValue<float>()).ToArray();

    /// <summary>Polls an ingestion's status until it has succeeded or failed.</summary>
    public static async Task<JsonNode> WaitAsync(HttpClient client, string location)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var job = await JsonAsync(await client.GetAsync(location));
            if (job["status"]!.GetValue<string>() is "succeeded" or "failed") return job;
            await Task.Delay(50);
        }
        throw new TimeoutException($"{location} did not finish.");
    }
}
