using System.Net;
using System.Text.Json.Nodes;

namespace DataZones.Marketplace.Tests.Hosting;

/// <summary>Asserts that a response is an RFC 9457 problem of the expected status and stable type.</summary>
public static class ProblemAssert
{
    public static async Task<JsonNode> IsAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(text)!;
        Assert.Equal("/problems/" + type, body["type"]!.GetValue<string>());
        Assert.DoesNotContain(TestZone.ZoneSecret, text, StringComparison.Ordinal);
        return body;
    }
}
