using System.Text.RegularExpressions;
using DataZones.Functions.Scheduling;
using DataZones.Marketplace.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Functions.Tests.Packaging;

/// <summary>What <c>scripts/package</c> lays out for the Functions host agrees with the app and with the host's rules.</summary>
public sealed partial class PackageLayoutTests : IClassFixture<PackageLayout>, IClassFixture<AppFactory>
{
    private static readonly string[] AllMethods = ["get", "post", "put", "patch", "delete", "head", "options"];
    private readonly PackageLayout layout;
    private readonly AppFactory factory;

    public PackageLayoutTests(PackageLayout layout, AppFactory factory)
    {
        this.layout = layout;
        this.factory = factory;
    }

    [Fact]
    public void HostJson_DescribesAForwardingCustomHandler_ForThisExecutable_WithoutRoutePrefix()
    {
        var host = layout.HostJson;
        Assert.Equal("2.0", (string?)host["version"]);
        Assert.True((bool)host["customHandler"]!["enableForwardingHttpRequest"]!);
        Assert.Equal("DataZones.Functions", (string?)host["customHandler"]!["description"]!["defaultExecutablePath"]);
        Assert.Equal("", layout.RoutePrefix);
        Assert.Equal("Microsoft.Azure.Functions.ExtensionBundle", (string?)host["extensionBundle"]!["id"]);
    }

    [Fact]
    public void Functions_AreHttpAreasAndOneTimerPerJob_WithValidUniqueNames()
    {
        Assert.All(layout.Functions, f => Assert.True(f.IsHttp || f.IsTimer || f.IsQueue, $"{f.Name}: unexpected trigger {f.Type}"));
        Assert.All(layout.Functions, f => Assert.Matches(FunctionName(), f.Name));
        Assert.Equal(layout.Functions.Count, layout.Functions.Select(f => f.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.True(layout.Http.Count() >= 10, "expected an HTTP function per zone and per platform area");
    }

    [Fact]
    public void HttpFunctions_AreAnonymousForwardersOfEveryMethod_UnderALiteralPrefix()
    {
        foreach (var function in layout.Http)
        {
            Assert.Equal("anonymous", (string?)function.Trigger["authLevel"]); // the app authenticates, per route
            Assert.Equal(AllMethods, function.Methods);                         // so a wrong method gets the app's 405 problem
            Assert.Contains(function.Bindings, b => (string?)b!["type"] == "http" && (string?)b["direction"] == "out");
            Assert.Matches(LiteralPrefixRoute(), function.Route);
        }
        var prefixes = layout.Http.Select(f => f.Route).ToList();
        Assert.Equal(prefixes.Count, prefixes.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void HttpRoutes_AvoidTheHostsReservedRouteSpace()
    {
        // The host refuses, at start-up, any HTTP function whose route (trimmed of '/', lower-cased) starts with
        // these: ScriptHost.ValidateHttpFunction in azure-functions-host.
        foreach (var function in layout.Http)
        {
            var route = function.Route.Trim('/').ToLowerInvariant();
            Assert.False(route.StartsWith("admin", StringComparison.Ordinal) || route.StartsWith("runtime", StringComparison.Ordinal),
                $"{function.Name}: the route '{function.Route}' is in the host's reserved space");
        }
    }

    [Fact]
    public void TimerFunctions_AreTheAppsJobs_WithTheSchedulesTheJobsDeclare()
    {
        var jobs = factory.Services.GetServices<IScheduledJob>().ToDictionary(j => j.FunctionName);
        Assert.Equal(jobs.Keys.Order(StringComparer.Ordinal), layout.Timers.Select(t => t.Name).Order(StringComparer.Ordinal));
        foreach (var timer in layout.Timers)
        {
            Assert.Equal(jobs[timer.Name].Schedule, timer.Schedule);
            Assert.NotNull(JobSchedule.TryParse(timer.Schedule));
            Assert.False((bool)timer.Trigger["runOnStartup"]!); // a job at every cold start would run it at random times
        }
    }

    [Fact]
    public void JobsFunction_ReadsTheAppsJobQueue_AndTheHostLeavesGivingUpToTheRunner()
    {
        var jobs = Assert.Single(layout.Functions, f => f.IsQueue);
        Assert.Equal(QueueInvocationEndpoints.FunctionName, jobs.Name);
        Assert.Equal($"%{QueueInvocationEndpoints.QueueNameSetting}%", (string?)jobs.Trigger["queueName"]);
        Assert.Equal("Storage", (string?)jobs.Trigger["connection"]); // Storage__queueServiceUri + identity in Azure
        var queues = layout.HostJson["extensions"]!["queues"]!;
        Assert.Equal("base64", (string?)queues["messageEncoding"]); // what the app's queue clients write
        // The host moves a message to the poison queue after maxDequeueCount; the runner must decide first, so the
        // job's record says why it failed.
        Assert.True((int)queues["maxDequeueCount"]! > new DataZones.Marketplace.Jobs.JobOptions().MaxDeliveries);
        // The trigger backs off while the queue is empty, by default up to a minute: a submitted upload would wait that long.
        Assert.True(TimeSpan.Parse((string)queues["maxPollingInterval"]!, System.Globalization.CultureInfo.InvariantCulture) <= TimeSpan.FromSeconds(5));
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,127}$")]
    private static partial Regex FunctionName();

    [GeneratedRegex(@"^[a-z.][a-z0-9.-]*(/[a-z][a-z0-9-]*)*/\{\*rest\}$")]
    private static partial Regex LiteralPrefixRoute();
}
