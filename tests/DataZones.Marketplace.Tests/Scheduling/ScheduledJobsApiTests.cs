using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DataZones.Marketplace.Tests.Hosting;

namespace DataZones.Marketplace.Tests.Scheduling;

public sealed class ScheduledJobsApiTests
{
    [Fact]
    public async Task Jobs_ListsEveryJobWithItsSchedule()
    {
        await using var host = await TestHosts.StartAsync();
        using var admin = host.Client(await host.OperatorKeyAsync());

        var jobs = JsonNode.Parse(await admin.GetStringAsync(new Uri("/operator/jobs", UriKind.Relative)))!.AsArray();

        Assert.Equal(["BillingClose", "LedgerSeal", "UsageRollup"], jobs.Select(j => (string)j!["name"]!));
        Assert.Equal("0 30 2 1 * *", (string?)jobs[0]!["schedule"]);
    }

    [Fact]
    public async Task RunNow_RunsTheJobAsItsTimerWould_AndAnswersItsLogLine()
    {
        await using var host = await TestHosts.StartAsync();
        using var admin = host.Client(await host.OperatorKeyAsync());

        var response = await admin.PostAsync(new Uri("/operator/jobs/UsageRollup/runs", UriKind.Relative), null);

        var run = JsonNode.Parse(await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync())!;
        Assert.Equal("UsageRollup", (string?)run["name"]);
        Assert.StartsWith("rolled up", (string?)run["log"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunNow_UnknownJob_Is404Problem_AndConsumersCannotRunJobs()
    {
        await using var host = await TestHosts.StartAsync();
        var operatorKey = await host.OperatorKeyAsync();
        using var admin = host.Client(operatorKey);
        var (_, consumerKey) = await host.NewConsumerAsync(operatorKey);
        using var consumer = host.Client(consumerKey);

        var unknown = await admin.PostAsync(new Uri("/operator/jobs/Nope/runs", UriKind.Relative), null);
        var forbidden = await consumer.PostAsync(new Uri("/operator/jobs/UsageRollup/runs", UriKind.Relative), null);

        await ProblemAssert.IsAsync(unknown, HttpStatusCode.NotFound, "not-found");
        await ProblemAssert.IsAsync(forbidden, HttpStatusCode.Forbidden, "forbidden");
    }
}
