using System.Net;
using System.Text.Json.Nodes;

namespace DataZones.Functions.Tests.Hosting;

public sealed class OpenApiTests : IClassFixture<AppFactory>
{
    private readonly AppFactory factory;

    public OpenApiTests(AppFactory factory) => this.factory = factory;

    [Fact]
    public async Task OpenApiDocument_HasTitleVersionAndBothAuthSchemes()
    {
        using var client = factory.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;

        Assert.Equal("DataZones API", document["info"]!["title"]!.GetValue<string>());
        Assert.Equal("v1", document["info"]!["version"]!.GetValue<string>());
        var schemes = document["components"]!["securitySchemes"]!;
        Assert.Equal("X-Api-Key", schemes["ApiKey"]!["name"]!.GetValue<string>());
        Assert.Equal("bearer", schemes["EntraId"]!["scheme"]!.GetValue<string>());
    }

    [Fact]
    public async Task OpenApiDocument_ReadsAndValidates_WithTheMaintainedOpenApiReader_WithoutErrors()
    {
        using var client = factory.CreateClient();
        await using var json = await client.GetStreamAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        var read = await Microsoft.OpenApi.Reader.OpenApiModelFactory.LoadAsync(json, "json");

        Assert.True(read.Diagnostic!.Errors.Count == 0, "reading: " + string.Join("; ", read.Diagnostic.Errors.Select(e => $"{e.Pointer}: {e.Message}")));
        var invalid = Microsoft.OpenApi.OpenApiElementExtensions.Validate(read.Document!, Microsoft.OpenApi.ValidationRuleSet.GetDefaultRuleSet())?.ToList() ?? [];
        Assert.True(invalid.Count == 0, "validation: " + string.Join("; ", invalid.Select(e => $"{e.Pointer}: {e.Message}")));
    }

    [Theory]
    [InlineData("/me/usage", "get", true)]
    [InlineData("/me/keys", "post", true)]
    [InlineData("/operator/consumers", "post", true)]
    [InlineData("/operator/ledger/verifications", "post", true)]
    [InlineData("/operator/consumers/{consumerId}/subscriptions/{subscriptionId}/{action}", "post", true)]
    [InlineData("/catalog", "get", false)]
    [InlineData("/.well-known/jwks.json", "get", false)]
    public async Task OpenApiDocument_DescribesEachRoute_WithItsCredentialRequirement(string path, string method, bool secured)
    {
        using var client = factory.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;

        var operation = document["paths"]![path]?[method];

        Assert.NotNull(operation);
        // Anonymous operations say so with an empty requirement ([{}]); secured ones name their schemes.
        var requirements = operation["security"]!.AsArray();
        Assert.Equal(secured, requirements.Any(r => r!.AsObject().Count > 0));
    }

    [Fact]
    public async Task SwaggerUi_IsServed()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(new Uri("/swagger/index.html", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("swagger-ui", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
