using System.Net;
using System.Text.Json.Nodes;

namespace DataZones.Functions.Tests.Health;

public sealed class HealthTests
{
    [Fact]
    public async Task Health_StorageAnswers_Returns200()
    {
        using var factory = new AppFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Healthy", body["checks"]!["storage"]!.GetValue<string>());
    }

    [Fact]
    public async Task Health_StorageDown_Returns503Problem()
    {
        // Nothing listens on port 9 (discard) of loopback: the storage check fails fast.
        const string deadStorage = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
            + "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
            + "TableEndpoint=http://127.0.0.1:9/devstoreaccount1;BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;";
        using var factory = new AppFactory("Production", new Dictionary<string, string?> { ["Storage:ConnectionString"] = deadStorage });
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("/problems/service-unavailable", body["type"]!.GetValue<string>());
        Assert.Equal("Unhealthy", body["checks"]!["storage"]!.GetValue<string>());
    }
}
