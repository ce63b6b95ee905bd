using System.Text.Json.Nodes;

namespace DataZones.Functions.Tests.Hosting;

/// <summary>The ocean EDR queries in the OpenAPI document: enough for a generated client or Swagger's try-it to build each query.</summary>
public sealed class EdrOpenApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("position", "coords")]
    [InlineData("area", "coords")]
    [InlineData("cube", "bbox")]
    public async Task EachEdrQuery_ListsItsParameters_WithSchemaDescriptionAndExample_AndItsSuccessMediaTypes(string query, string where)
    {
        var document = await DocumentAsync();
        var operation = document["paths"]!["/zones/ocean/collections/{collectionId}/" + query]!["get"]!;

        var parameters = operation["parameters"]!.AsArray().Select(p => p!).Where(p => p["in"]!.GetValue<string>() == "query")
            .ToDictionary(p => p["name"]!.GetValue<string>());
        Assert.Superset(new HashSet<string> { where, "datetime", "parameter-name", "z", "crs", "f" }, parameters.Keys.ToHashSet());
        Assert.True(parameters[where]["required"]!.GetValue<bool>());
        Assert.All(parameters.Values, p =>
        {
            Assert.False(string.IsNullOrEmpty(p["description"]?.GetValue<string>()), p["name"] + " has no description");
            Assert.NotNull(p["example"]);
            Assert.NotNull(p["schema"]!["type"]);
        });
        Assert.Equal(["CoverageJSON", "CSV", "NetCDF"], parameters["f"]["schema"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal("number", parameters["z"]["schema"]!["type"]!.GetValue<string>());
        var success = operation["responses"]!["200"]!["content"]!.AsObject().Select(c => c.Key).ToList();
        Assert.Equal(["application/prs.coverage+json", "text/csv", "application/x-netcdf"], success);
        Assert.NotNull(operation["responses"]!["413"]);
    }

    [Fact]
    public async Task TheDocument_IsOpenApi3_AsTheEdrLandingPageSays()
    {
        var document = await DocumentAsync();

        Assert.StartsWith("3.0", document["openapi"]!.GetValue<string>()); // application/vnd.oai.openapi+json;version=3.0
    }

    private async Task<JsonNode> DocumentAsync()
    {
        using var client = factory.CreateClient();
        return JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;
    }
}
