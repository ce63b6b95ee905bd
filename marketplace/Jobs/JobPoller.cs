using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DataZones.Marketplace.Jobs;

/// <summary>
/// Off the Functions host (a laptop, a container, the tests), stands in for the host's queue trigger: takes job
/// messages from the queue, hands each to the same <see cref="JobRunner"/>, deletes it when the job is finished and
/// keeps it invisible while the job works. Under the host (<c>FUNCTIONS_CUSTOMHANDLER_PORT</c> set) it does nothing
/// unless <see cref="JobOptions.PollLocally"/> says so. The runner (and through it every zone's job handler) is
/// resolved only once polling starts, so an instance under the host does not build them on its way to its first
/// answer.
/// </summary>
public sealed partial class JobPoller(
    JobQueue queue, IServiceProvider services, JobArrivals arrivals, TimeProvider time, IConfiguration configuration, IOptions<JobOptions> options, ILogger<JobPoller> logger)
    : BackgroundService
{
    /// <summary>Jobs one instance runs at once: ingestion is storage-bound, and two keep both Azurite processes busy.</summary>
    private const int Concurrency = 2;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!(settings.PollLocally ?? string.IsNullOrEmpty(configuration["FUNCTIONS_CUSTOMHANDLER_PORT"]))) return;
        var runner = services.GetRequiredService<JobRunner>();
        var idle = TimeSpan.FromSeconds(Math.Max(0.05, settings.PollIntervalSeconds));
        using var slots = new SemaphoreSlim(Concurrency);
        var deliveries = new List<Task>();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await slots.WaitAsync(stoppingToken).ConfigureAwait(false);
                var message = await TryReceiveAsync(settings.VisibilityTimeout, stoppingToken).ConfigureAwait(false);
                if (message is null)
                {
                    slots.Release();
                    await arrivals.WaitAsync(idle, time, stoppingToken).ConfigureAwait(false);
                    continue;
                }
                deliveries.RemoveAll(d => d.IsCompleted);
                deliveries.Add(DeliverAsync(runner, message, slots, stoppingToken));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: messages being worked on come back after their visibility timeout.
        }
        await Task.WhenAll(deliveries).ConfigureAwait(false);
    }

    private async Task<QueueMessage?> TryReceiveAsync(TimeSpan visibility, CancellationToken stoppingToken)
    {
        try
        {
            var messages = await queue.ReceiveAsync(1, visibility, stoppingToken).ConfigureAwait(false);
            return messages.Length > 0 ? messages[0] : null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogReceiveFailed(logger, exception);
            return null;
        }
    }

    private async Task DeliverAsync(JobRunner runner, QueueMessage message, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        await Task.Yield();
        var popReceipt = message.PopReceipt;
        var visibility = options.Value.VisibilityTimeout;
        try
        {
            var outcome = await runner.RunAsync(message.Body.ToString(),
                async ct => popReceipt = await queue.RenewAsync(message.MessageId, popReceipt, visibility, ct).ConfigureAwait(false),
                stoppingToken).ConfigureAwait(false);
            if (outcome.Finished) await queue.DeleteAsync(message.MessageId, popReceipt, CancellationToken.None).ConfigureAwait(false);
            else await queue.RenewAsync(message.MessageId, popReceipt, outcome.RetryAfter, CancellationToken.None).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping mid-job: the message reappears after its visibility timeout and the job runs again.
        }
        catch (Exception exception)
        {
            // Storage unreachable even to record the outcome: the message comes back by itself.
            LogDeliveryCrashed(logger, exception, message.MessageId);
        }
        finally
        {
            slots.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The job queue could not be read; trying again shortly.")]
    private static partial void LogReceiveFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivering queue message {MessageId} failed; it will be delivered again.")]
    private static partial void LogDeliveryCrashed(ILogger logger, Exception exception, string messageId);
}
