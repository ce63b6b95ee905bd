using DataZones.Marketplace.Ingestion;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DataZones.Functions.Scheduling;
using DataZones.Marketplace.Jobs;
using DataZones.Zones.Finance.Ingestion;
using DataZones.Zones.Finance.Jobs;
using DataZones.Zones.Finance.Reference;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Functions.Tests.Scheduling;

/// <summary>
/// Under the Functions host, the <c>Jobs</c> queue trigger delivers job messages to the app, which runs them with the
/// same runner the local poller uses: a finance upload, delivered as the host would deliver its message.
/// </summary>
public sealed class QueueInvocationTests : IClassFixture<OnHostApp>
{
    private readonly OnHostApp onHost;

    public QueueInvocationTests(OnHostApp onHost) => this.onHost = onHost;

    [Fact]
    public async Task HostsQueueInvocation_RunsTheJob_AndADuplicateIsDoneOnce()
    {
        var services = onHost.Factory.Services;
        var submission = await services.GetRequiredService<IngestionService>().SubmitAsync(FinanceSource.TaxRating, IngestionFormat.Csv, "test",
            new MemoryStream(Encoding.UTF8.GetBytes("credit_code,year,rating\n91370202MA3C12345B,2024,B\n")), CancellationToken.None);
        var id = submission.Job!.Id;
        using var client = onHost.Client();

        var first = await client.SendAsync(Invocation(new JobMessage(FinanceIngestionJob.JobKind, id), dequeueCount: 1));
        var second = await client.SendAsync(Invocation(new JobMessage(FinanceIngestionJob.JobKind, id), dequeueCount: 2));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal(IngestionJobState.Succeeded, (await services.GetRequiredService<IngestionJobStore>().FindAsync(id, CancellationToken.None))!.State);
        var record = (await services.GetRequiredService<JobStore>().FindAsync(FinanceIngestionJob.JobKind, id, CancellationToken.None))!.Value.Record;
        Assert.Equal((JobState.Succeeded, 1), (record.State, record.Deliveries));
    }

    [Fact]
    public async Task QueueTriggerPath_FromOutsideTheHost_IsAbsent()
    {
        using var client = onHost.Client();
        using var forwarded = Invocation(new JobMessage(FinanceIngestionJob.JobKind, "x"), 1);
        forwarded.Headers.Remove(HostInvocationGuard.InvocationIdHeader);

        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(forwarded)).StatusCode);
    }

    /// <summary>A queue-trigger invocation as the host sends it: the message text in Data, its metadata beside.</summary>
    private static HttpRequestMessage Invocation(JobMessage message, int dequeueCount)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/" + QueueInvocationEndpoints.FunctionName)
        {
            Content = JsonContent.Create(new
            {
                Data = new { message = message.ToJson() },
                Metadata = new { DequeueCount = dequeueCount, Id = Guid.NewGuid().ToString(), sys = new { MethodName = QueueInvocationEndpoints.FunctionName } },
            }, options: new JsonSerializerOptions()),
        };
        request.Headers.Add(HostInvocationGuard.InvocationIdHeader, Guid.NewGuid().ToString());
        return request;
    }
}
