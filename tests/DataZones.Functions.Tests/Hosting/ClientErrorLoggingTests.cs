using System.Net;
using System.Text;
using DataZones.Marketplace.Access;
using DataZones.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DataZones.Functions.Tests.Hosting;

/// <summary>A client's mistakes get a problem and leave no error in the operator's logs.</summary>
public sealed class ClientErrorLoggingTests : IClassFixture<ClientErrorLoggingTests.LoggedApp>
{
    private readonly LoggedApp app;

    public ClientErrorLoggingTests(LoggedApp app) => this.app = app;

    public sealed class LoggedApp : AppFactory
    {
        public LogCapture Logs { get; } = new();

        /// <summary>One key per owner for the class's tests (an owner may hold only two).</summary>
        public Dictionary<string, string> Keys { get; } = [];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        }
    }

    public static TheoryData<string, string, string> MalformedBodies => new()
    {
        { "POST", "/operator/consumers", "{\"name\": " },
        { "POST", "/operator/consumers", "{\"name\": 12, \"kind\": [], \"creditCode\": {}}" },
        { "POST", "/operator/consumers", "[1, 2, 3]" },
        { "POST", "/operator/ledger/seals", "{\"day\": \"yesterday\"}" },
        { "POST", "/operator/billing/closes", "not json at all" },
        { "PUT", "/operator/catalog/products/finance-verification/plans", "[{\"tiers\": \"many\"}]" },
        { "POST", "/zones/finance/enterprise-verifications", "{\"creditCode\": 91370200}" },
        { "POST", "/zones/finance/enterprise-verifications/batches", "{\"items\": {\"a\": 1}}" },
        { "POST", "/zones/ocean/exports", "{\"bbox\": [1, 2]" },
    };

    public static TheoryData<string> MalformedQueries => new()
    {
        "/me/usage?from=not-a-date&to=2026-13-45",
        "/operator/usage/days/yesterday",
        "/operator/job-queue/finance-ingestion?days=many",
        "/zones/ocean/collections/no-such/cube?bbox=a,b,c,d&datetime=never",
    };

    [Theory]
    [MemberData(nameof(MalformedQueries))]
    public async Task MalformedQuery_Is4xxProblem_AndLogsNoError(string pathAndQuery)
    {
        var key = await KeyForAsync(pathAndQuery);
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, key);
        var before = app.Logs.Lines.Count;

        var response = await client.GetAsync(new Uri(pathAndQuery, UriKind.Relative));

        AssertProblemWithoutErrorLog(response, before, pathAndQuery);
    }

    [Theory]
    [InlineData("/operator/consumers", "{\"name\": 12}", "name")]
    [InlineData("/operator/consumers", "{\"name\": \"x\", \"kind\": [1]}", "kind")]
    [InlineData("/zones/finance/enterprise-verifications/batches", "{\"items\": [{\"creditCode\": {}}]}", "items[0].creditCode")]
    public async Task FieldOfTheWrongType_Is400NamingTheField(string path, string body, string field)
    {
        var key = await KeyForAsync(path);
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, key);

        var response = await client.PostAsync(new Uri(path, UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("/problems/bad-request", problem["type"]!.GetValue<string>());
        Assert.Equal((field, "invalid-json"), (problem["errors"]![0]!["field"]!.GetValue<string>(), problem["errors"]![0]!["rule"]!.GetValue<string>()));
        Assert.DoesNotContain("System.", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BodyOfTheWrongMediaType_Is415Problem_AndLogsNoError()
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, await KeyAsync("operator", Roles.Operator));
        var before = app.Logs.Lines.Count;

        var response = await client.PostAsync(new Uri("/operator/consumers", UriKind.Relative), new StringContent("name=x", Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        AssertProblemWithoutErrorLog(response, before, "POST /operator/consumers as a form");
    }

    private void AssertProblemWithoutErrorLog(HttpResponseMessage response, int logLinesBefore, string what)
    {
        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = app.Logs.Lines.Skip(logLinesBefore).Where(l => l.Contains(" Error: ", StringComparison.Ordinal) || l.Contains(" Critical: ", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, $"{what} logged: " + string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task MalformedBody_Is4xxProblem_AndLogsNoError(string method, string path, string body)
    {
        var key = await KeyForAsync(path);
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, key);
        var before = app.Logs.Lines.Count;

        var response = await client.SendAsync(request);

        AssertProblemWithoutErrorLog(response, before, $"{method} {path}");
    }

    /// <summary>The operator's key for operator routes, a consumer's for the rest.</summary>
    private Task<string> KeyForAsync(string path) =>
        path.StartsWith("/operator/", StringComparison.Ordinal) ? KeyAsync("operator", Roles.Operator) : KeyAsync("c-logging", Roles.Consumer);

    private async Task<string> KeyAsync(string owner, string role)
    {
        if (app.Keys.TryGetValue(owner, out var key)) return key;
        key = (await app.Services.GetRequiredService<ApiKeyService>().CreateAsync(new ApiKeyOwner(owner, [role]), "test", CancellationToken.None))!.Value.Key;
        return app.Keys[owner] = key;
    }
}
