using System.Text.Json.Nodes;
using DataZones.Testing;
using DataZones.Testing.Fuzz;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace DataZones.Functions.Tests.Hosting;

/// <summary>
/// The bounded fuzz run of the suite (the long one is <c>scripts/bench fuzz</c>): every operation of the live OpenAPI
/// document, as every role and as nobody, with valid and invalid inputs; no 5xx, every 4xx a problem, every status
/// and media type documented, every success body valid against its schema, and no Error in the log.
/// </summary>
public sealed class FuzzTests : IClassFixture<FuzzTests.LoggedApp>
{
    private const int Rounds = 3;
    private const int Concurrency = 8;
    private readonly LoggedApp app;
    private readonly ITestOutputHelper output;

    public FuzzTests(LoggedApp app, ITestOutputHelper output)
    {
        this.app = app;
        this.output = output;
    }

    public sealed class LoggedApp : AppFactory
    {
        public LogCapture Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        }
    }

    [Fact]
    public async Task FuzzRun_FromTheOpenApiDocument_KeepsTheContract_AndLogsNoError()
    {
        using var client = app.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;
        var setup = await FuzzSetup.CreateAsync(client, app.Services, CancellationToken.None);
        var seed = Environment.TickCount;
        var cases = new FuzzCases(document, setup.KnownValues, seed).Generate(setup.Credentials, Rounds);

        var tally = await FuzzRun.RunAsync(client, document, cases, Concurrency, CancellationToken.None);

        var errors = app.Logs.Lines.Where(l => l.Contains(" Error: ", StringComparison.Ordinal) || l.Contains(" Critical: ", StringComparison.Ordinal)).ToList();
        output.WriteLine($"fuzz seed {seed}\n{tally.Describe()}  Error log lines: {errors.Count}");
        Assert.True(tally.Requests > 1000, $"only {tally.Requests} requests");
        Assert.True(tally.Breaches == 0, $"seed {seed}:\n{tally.Describe()}");
        Assert.True(errors.Count == 0, $"seed {seed}: {errors.Count} Error lines, e.g. {string.Join("\n", errors.Take(3))}");
    }
}
