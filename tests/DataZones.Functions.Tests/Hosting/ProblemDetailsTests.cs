using System.Net;
using System.Text.Json.Nodes;

namespace DataZones.Functions.Tests.Hosting;

public sealed class ProblemDetailsTests : IClassFixture<AppFactory>
{
    private readonly AppFactory factory;

    public ProblemDetailsTests(AppFactory factory) => this.factory = factory;

    [Fact]
    public async Task UnknownRoute_Returns404ProblemWithStableTypeAndRequestId()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(new Uri("/no/such/route", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("/problems/not-found", body["type"]!.GetValue<string>());
        Assert.Equal(404, body["status"]!.GetValue<int>());
        var requestId = Assert.Single(response.Headers.GetValues("X-Request-Id"));
        Assert.Equal(requestId, body["requestId"]!.GetValue<string>());
    }

    [Fact]
    public async Task ProblemCatalog_DescribesEachType()
    {
        using var client = factory.CreateClient();
        var body = JsonNode.Parse(await client.GetStringAsync(new Uri("/problems/not-found", UriKind.Relative)))!;
        Assert.Equal(404, body["status"]!.GetValue<int>());
        var all = JsonNode.Parse(await client.GetStringAsync(new Uri("/problems", UriKind.Relative)))!.AsArray();
        Assert.Contains(all, t => t!["code"]!.GetValue<string>() == "storage-unavailable");
    }
}
