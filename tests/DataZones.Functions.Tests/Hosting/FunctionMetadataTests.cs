using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DataZones.Marketplace.Scheduling;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Functions.Tests.Hosting;

/// <summary>The Azure Functions metadata in functions/ must agree with the app that the host forwards to.</summary>
public sealed class FunctionMetadataTests : IClassFixture<AppFactory>
{
    private static readonly string FunctionsFolder = Path.Combine(AppContext.BaseDirectory);
    private readonly AppFactory factory;

    public FunctionMetadataTests(AppFactory factory) => this.factory = factory;

    private static JsonNode Read(string relativePath) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(FunctionsFolder, relativePath)))!;

    private static IEnumerable<(string Name, JsonNode Trigger)> Functions() =>
        Directory.GetDirectories(FunctionsFolder)
            .Where(d => File.Exists(Path.Combine(d, "function.json")))
            .Select(d => (Path.GetFileName(d), Read(Path.Combine(d, "function.json"))["bindings"]!.AsArray()
                .Single(b => b!["direction"]!.GetValue<string>() == "in")!));

    [Fact]
    public void HostJson_DescribesForwardingCustomHandler_ForThisExecutable()
    {
        var host = Read("host.json");
        Assert.Equal("2.0", host["version"]!.GetValue<string>());
        Assert.True(host["customHandler"]!["enableForwardingHttpRequest"]!.GetValue<bool>());
        Assert.Equal("DataZones.Functions", host["customHandler"]!["description"]!["defaultExecutablePath"]!.GetValue<string>());
        Assert.Equal("", host["extensions"]!["http"]!["routePrefix"]!.GetValue<string>());
        Assert.Equal("Microsoft.Azure.Functions.ExtensionBundle", host["extensionBundle"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public void HttpFunctions_ForwardEverythingButTimerNames_ToTheApp()
    {
        var timers = Functions().Where(f => f.Trigger["type"]!.GetValue<string>() == "timerTrigger").Select(f => f.Name).ToList();
        var http = Functions().Where(f => f.Trigger["type"]!.GetValue<string>() == "httpTrigger").ToList();
        var api = Assert.Single(http);
        var route = api.Trigger["route"]!.GetValue<string>();
        Assert.StartsWith("{*path", route, StringComparison.Ordinal);
        Assert.Equal("anonymous", api.Trigger["authLevel"]!.GetValue<string>());

        // The catch-all must forward API paths and must not forward a timer's own route from outside.
        var constraint = Regex.Match(route, @"regex\((.*)\)\}$") is { Success: true } m ? new Regex(m.Groups[1].Value) : null;
        foreach (var path in new[] { "health", "catalog", "zones/finance/enterprise-verifications", "me/usage" })
        {
            Assert.True(constraint is null || constraint.IsMatch(path), $"the catch-all route does not forward /{path}");
        }
        foreach (var timer in timers)
        {
            Assert.True(constraint is not null && !constraint.IsMatch(timer), $"the catch-all route forwards /{timer} from outside");
        }
    }

    [Fact]
    public void TimerFunctions_MatchScheduledJobsAndTheirRoutes()
    {
        var jobs = factory.Services.GetServices<IScheduledJob>().ToDictionary(j => j.FunctionName);
        var timers = Functions().Where(f => f.Trigger["type"]!.GetValue<string>() == "timerTrigger").ToList();
        Assert.Equal(jobs.Keys.Order(), timers.Select(t => t.Name).Order());
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText?.Trim('/')).ToHashSet();
        foreach (var (name, trigger) in timers)
        {
            Assert.Equal(jobs[name].Schedule, trigger["schedule"]!.GetValue<string>());
            Assert.Contains(name, routes);
        }
    }
}
