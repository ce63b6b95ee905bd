using System.Net;
using System.Text.Json.Nodes;
using Azure.Storage.Queues;
using DataZones.Marketplace.Jobs;
using DataZones.Marketplace.Persistence;
using DataZones.Marketplace.Tests.Hosting;
using DataZones.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DataZones.Marketplace.Tests.Jobs;

/// <summary>Jobs through the real Azure Storage queue (Azurite) and the local poller, as they run off the Functions host.</summary>
public sealed class JobQueueTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Submitted_RunsOnceAndSucceedsWithItsProgress()
    {
        await using var host = await StartAsync(TestStorage.UniqueName("t"));
        var id = NewId();

        await Submit(host, id, "ok");

        var record = await WaitForFinishedAsync(host, id);
        Assert.Equal(JobState.Succeeded, record.State);
        Assert.Equal((2L, 2L, "done"), (record.Done, record.Total!.Value, record.Message));
        Assert.Equal(1, record.Deliveries);
        Assert.Equal(1, TestJobHandler.Completions[id]);
    }

    [Fact]
    public async Task SubmittedOnThisInstance_StartsAtOnce_NotAfterThePollersIdleWait()
    {
        // An idle wait of a minute, longer than the test's patience: only the in-process signal can start the job in time.
        await using var host = await StartAsync(TestStorage.UniqueName("t"), pollIntervalSeconds: 60);
        await Task.Delay(500); // the poller has found the queue empty and is waiting
        var id = NewId();

        await Submit(host, id, "ok");

        Assert.Equal(JobState.Succeeded, (await WaitForFinishedAsync(host, id)).State);
    }

    [Fact]
    public async Task DeliveredTwice_IsDoneOnce()
    {
        await using var host = await StartAsync(TestStorage.UniqueName("t"));
        var id = NewId();

        await Submit(host, id, "ok");
        await host.Services.GetRequiredService<JobQueue>().SendAsync(new JobMessage(TestJobHandler.JobKind, id), CancellationToken.None);
        await WaitForFinishedAsync(host, id);
        // The second message is taken and dropped: wait until the queue holds none (visible or not), then count.
        var queue = new QueueServiceClient(TestStorage.ConnectionString).GetQueueClient(JobQueue.NameOf(
            host.Services.GetRequiredService<IOptions<PersistenceOptions>>().Value, host.Services.GetRequiredService<IOptions<JobOptions>>().Value));
        await WaitUntilAsync(async () => (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0);

        Assert.Equal(1, TestJobHandler.Completions[id]);
    }

    [Fact]
    public async Task ProcessDiesMidWay_AnotherPicksItUpAfterTheVisibilityTimeout_AndFinishesOnce()
    {
        var prefix = TestStorage.UniqueName("t");
        var id = NewId();
        var first = await StartAsync(prefix);
        await Submit(first, id, "hang-first");
        await TestJobHandler.Started.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task.WaitAsync(Patience);
        await first.DisposeAsync(); // stops; the stalled delivery never finishes, never renews, never releases

        await using var second = await StartAsync(prefix);
        var record = await WaitForFinishedAsync(second, id);

        Assert.Equal(JobState.Succeeded, record.State);
        Assert.Equal(2, record.Deliveries);
        Assert.Equal(1, TestJobHandler.Completions[id]);
    }

    [Fact]
    public async Task FailingEveryDelivery_EndsFailedWithTheReasonAfterMaxDeliveries()
    {
        await using var host = await StartAsync(TestStorage.UniqueName("t"));
        var id = NewId();

        await Submit(host, id, "throw");

        var record = await WaitForFinishedAsync(host, id);
        Assert.Equal(JobState.Failed, record.State);
        Assert.Equal(2, record.Deliveries);
        Assert.Contains("the test job always fails", record.FailureReason, StringComparison.Ordinal);
        Assert.False(TestJobHandler.Completions.ContainsKey(id));
    }

    [Fact]
    public async Task Rejected_FailsAtOnceWithoutRetrying()
    {
        await using var host = await StartAsync(TestStorage.UniqueName("t"));
        var id = NewId();

        await Submit(host, id, "reject");

        var record = await WaitForFinishedAsync(host, id);
        Assert.Equal((JobState.Failed, 1, "the input can never be loaded"), (record.State, record.Deliveries, record.FailureReason));
    }

    [Fact]
    public async Task JobQueueEndpoint_ShowsTheOperatorAFailedJobsDeliveriesAndReason_AndListsItAmongTheFailed()
    {
        await using var host = await StartAsync(TestStorage.UniqueName("t"));
        var id = NewId();
        await Submit(host, id, "throw");
        await WaitForFinishedAsync(host, id);
        using var operatorClient = host.Client(await host.OperatorKeyAsync());

        var job = JsonNode.Parse(await operatorClient.GetStringAsync($"/operator/job-queue/{TestJobHandler.JobKind}/{id}"))!;
        var failed = JsonNode.Parse(await operatorClient.GetStringAsync($"/operator/job-queue/{TestJobHandler.JobKind}?state=failed"))!.AsArray();

        Assert.Equal(("failed", 2), (job["state"]!.GetValue<string>(), job["deliveries"]!.GetValue<int>()));
        Assert.Contains("the test job always fails", job["lastError"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("the test job always fails", job["failureReason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(job["payload"]);
        Assert.Contains(failed, j => j!["id"]!.GetValue<string>() == id);
        Assert.DoesNotContain(JsonNode.Parse(await operatorClient.GetStringAsync($"/operator/job-queue/{TestJobHandler.JobKind}?state=succeeded"))!.AsArray(),
            j => j!["id"]!.GetValue<string>() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await operatorClient.GetAsync($"/operator/job-queue/{TestJobHandler.JobKind}/{NewId()}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await operatorClient.GetAsync($"/operator/job-queue/{TestJobHandler.JobKind}?state=1")).StatusCode);
        var (_, consumerKey) = await host.NewConsumerAsync(await host.OperatorKeyAsync());
        using var consumer = host.Client(consumerKey);
        Assert.Equal(HttpStatusCode.Forbidden, (await consumer.GetAsync($"/operator/job-queue/{TestJobHandler.JobKind}/{id}")).StatusCode);
    }

    private static Task<MarketplaceTestHost> StartAsync(string prefix, double pollIntervalSeconds = 0.1) => TestHosts.StartAsync(
        new Dictionary<string, string?>
        {
            ["Persistence:TablePrefix"] = prefix,
            ["Jobs:VisibilityTimeoutSeconds"] = "2",
            ["Jobs:MaxDeliveries"] = "2",
            ["Jobs:PollIntervalSeconds"] = pollIntervalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        },
        services => services.AddJobHandler<TestJobHandler>().Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(1)));

    private static string NewId() => Guid.NewGuid().ToString("N");

    private static Task Submit(MarketplaceTestHost host, string id, string payload) =>
        host.Services.GetRequiredService<JobSubmitter>().SubmitAsync(TestJobHandler.JobKind, id, payload, "test", CancellationToken.None);

    private static async Task<JobRecord> WaitForFinishedAsync(MarketplaceTestHost host, string id)
    {
        JobRecord? record = null;
        await WaitUntilAsync(async () =>
        {
            record = (await host.Services.GetRequiredService<JobStore>().FindAsync(TestJobHandler.JobKind, id, CancellationToken.None))?.Record;
            return record?.IsFinished == true;
        });
        return record!;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTimeOffset.UtcNow > deadline) throw new TimeoutException("The job did not get there in time.");
            await Task.Delay(50);
        }
    }
}
