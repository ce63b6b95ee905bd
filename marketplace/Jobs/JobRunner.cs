using DataZones.Marketplace.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DataZones.Marketplace.Jobs;

/// <summary>
/// Runs one delivery of a job message, whoever delivered it (the local poller or the Functions host's queue
/// trigger): at least once, done once. A finished job's message is dropped; a job another live delivery holds
/// waits (without counting as a delivery); a job that has run <see cref="JobOptions.MaxDeliveries"/> times without
/// finishing fails with the last error as its reason.
/// While the handler works, the claim on the message (and the record's) is renewed at half the visibility timeout,
/// so a long job is not delivered again under it; if the process dies, both lapse and the next delivery resumes.
/// </summary>
/// <remarks>
/// Claims and renewals run on the system clock, not the platform's <see cref="TimeProvider"/>: they race the queue's
/// visibility timeout, which the storage service measures in real time. Submission and finish times are platform time.
/// </remarks>
public sealed partial class JobRunner(
    IEnumerable<IJobHandler> handlers, JobStore store, TimeProvider time, PlatformMetrics metrics, IOptions<JobOptions> options, ILogger<JobRunner> logger)
{
    private static readonly TimeProvider Clock = TimeProvider.System;

    private const int ErrorTextMax = 500;

    /// <summary>Runs the job a message names, if it still needs running.</summary>
    /// <param name="messageText">The message as the queue holds it (decoded).</param>
    /// <param name="renew">Keeps the message invisible for another visibility timeout (no-op where the host does it).</param>
    /// <param name="cancellationToken">Cancelled when the process stops.</param>
    public async Task<JobDeliveryOutcome> RunAsync(string messageText, Func<CancellationToken, Task> renew, CancellationToken cancellationToken)
    {
        var message = JobMessage.TryParse(messageText);
        if (message is null)
        {
            LogNotAJob(logger);
            return JobDeliveryOutcome.Done;
        }
        var found = await store.FindAsync(message.Kind, message.Id, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            LogUnknownJob(logger, message.Kind, message.Id);
            return JobDeliveryOutcome.Done;
        }
        var (record, version) = found.Value;
        if (record.IsFinished) return JobDeliveryOutcome.Done; // a duplicate delivery: the work was done once
        var now = Clock.GetUtcNow();
        if (record.State == JobState.Running && record.ClaimedUntil > now) return JobDeliveryOutcome.Later(record.ClaimedUntil.Value - now);

        // Deliveries are counted in the record, where only runs count: a message turned away above does not.
        var settings = options.Value;
        var delivery = record.Deliveries + 1;
        if (delivery > settings.MaxDeliveries)
        {
            return await FailAsync(record, $"Gave up after {settings.MaxDeliveries} deliveries; the last error: {record.LastError ?? "none recorded"}.").ConfigureAwait(false);
        }
        var handler = handlers.FirstOrDefault(h => h.Kind == message.Kind);
        if (handler is null) return await FailAsync(record, $"No handler runs jobs of kind '{message.Kind}'.").ConfigureAwait(false);

        var claimed = record with { State = JobState.Running, Deliveries = delivery, StartedAt = record.StartedAt ?? time.GetUtcNow(), ClaimedUntil = now + settings.VisibilityTimeout };
        var claimedVersion = await store.TryReplaceAsync(claimed, version, cancellationToken).ConfigureAwait(false);
        if (claimedVersion is null) return JobDeliveryOutcome.Later(TimeSpan.FromSeconds(1));
        var context = new JobContext(claimed, claimedVersion.Value, store, isLastDelivery: delivery >= settings.MaxDeliveries);
        return await RunClaimedAsync(handler, context, renew, cancellationToken).ConfigureAwait(false);
    }

    private async Task<JobDeliveryOutcome> RunClaimedAsync(IJobHandler handler, JobContext context, Func<CancellationToken, Task> renew, CancellationToken cancellationToken)
    {
        var visibility = options.Value.VisibilityTimeout;
        using var working = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewing = RenewWhileWorkingAsync(context, renew, visibility, working.Token);
        try
        {
            await handler.RunAsync(context, cancellationToken).ConfigureAwait(false);
            await StopRenewingAsync(working, renewing).ConfigureAwait(false);
            await context.UpdateAsync(r => r with { State = JobState.Succeeded, FinishedAt = time.GetUtcNow(), ClaimedUntil = null }, CancellationToken.None).ConfigureAwait(false);
            metrics.JobEnded(handler.Kind, "succeeded");
            return JobDeliveryOutcome.Done;
        }
        catch (JobClaimLostException)
        {
            // Another delivery runs the job now; this message (if it is not the one that delivery holds) is redundant.
            await StopRenewingAsync(working, renewing).ConfigureAwait(false);
            LogClaimLost(logger, handler.Kind, context.Id);
            return JobDeliveryOutcome.Done;
        }
        catch (JobRejectedException rejected)
        {
            await StopRenewingAsync(working, renewing).ConfigureAwait(false);
            return await FailAsync(context, rejected.Message).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The process is stopping: release the claim so the next delivery need not wait for it to lapse.
            await StopRenewingAsync(working, renewing).ConfigureAwait(false);
            await TryReleaseAsync(context).ConfigureAwait(false);
            throw;
        }
        catch (Exception exception)
        {
            await StopRenewingAsync(working, renewing).ConfigureAwait(false);
            var error = Truncate($"{exception.GetType().Name}: {exception.Message}");
            LogDeliveryFailed(logger, exception, handler.Kind, context.Id, context.Delivery);
            if (context.Delivery >= options.Value.MaxDeliveries)
            {
                return await FailAsync(context, $"Failed on each of its {context.Delivery} deliveries; the last error: {error}", error).ConfigureAwait(false);
            }
            await TryUpdateAsync(context, r => r with { LastError = error, ClaimedUntil = null }).ConfigureAwait(false);
            return JobDeliveryOutcome.Later(Backoff(context.Delivery));
        }
    }

    private async Task RenewWhileWorkingAsync(JobContext context, Func<CancellationToken, Task> renew, TimeSpan visibility, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(visibility / 2, Clock);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                await renew(cancellationToken).ConfigureAwait(false);
                await context.UpdateAsync(r => r with { ClaimedUntil = Clock.GetUtcNow() + visibility }, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The work ended.
        }
        catch (Exception exception)
        {
            // A missed renewal means at worst a second delivery, which the record's claim then turns away.
            LogRenewalFailed(logger, exception, context.Record.Kind, context.Id);
        }
    }

    private static async Task StopRenewingAsync(CancellationTokenSource working, Task renewing)
    {
        await working.CancelAsync().ConfigureAwait(false);
        await renewing.ConfigureAwait(false);
    }

    private async Task<JobDeliveryOutcome> FailAsync(JobContext context, string reason, string? lastError = null)
    {
        await TryUpdateAsync(context, r => r with
        {
            State = JobState.Failed, FailureReason = reason, LastError = lastError ?? r.LastError, FinishedAt = time.GetUtcNow(), ClaimedUntil = null,
        }).ConfigureAwait(false);
        LogJobFailed(logger, context.Record.Kind, context.Id, reason);
        metrics.JobEnded(context.Record.Kind, "failed");
        return JobDeliveryOutcome.Done;
    }

    /// <summary>Fails a job this delivery has not claimed (given up, or of an unknown kind).</summary>
    private async Task<JobDeliveryOutcome> FailAsync(JobRecord record, string reason)
    {
        await store.SaveAsync(record with { State = JobState.Failed, FailureReason = reason, FinishedAt = time.GetUtcNow(), ClaimedUntil = null }, CancellationToken.None).ConfigureAwait(false);
        LogJobFailed(logger, record.Kind, record.Id, reason);
        metrics.JobEnded(record.Kind, "failed");
        return JobDeliveryOutcome.Done;
    }

    private Task TryReleaseAsync(JobContext context) => TryUpdateAsync(context, r => r with { ClaimedUntil = null });

    /// <summary>A last write of this delivery; if it cannot be made, the claim lapses and the next delivery decides.</summary>
    private async Task TryUpdateAsync(JobContext context, Func<JobRecord, JobRecord> change)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await context.UpdateAsync(change, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogRenewalFailed(logger, exception, context.Record.Kind, context.Id);
        }
    }

    /// <summary>Seconds before the next try: 2, 4, 8, … capped at a minute.</summary>
    private static TimeSpan Backoff(int delivery) => TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, Math.Max(1, delivery))));

    private static string Truncate(string text) => text.Length <= ErrorTextMax ? text : text[..ErrorTextMax] + "…";

    [LoggerMessage(Level = LogLevel.Warning, Message = "A queue message that is not a job message was removed.")]
    private static partial void LogNotAJob(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Kind}/{JobId} has no record; its message was removed.")]
    private static partial void LogUnknownJob(ILogger logger, string kind, string jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Kind}/{JobId} failed on delivery {Delivery}; it will be delivered again.")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, string kind, string jobId, int delivery);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Kind}/{JobId}: its claim could not be renewed or released.")]
    private static partial void LogRenewalFailed(ILogger logger, Exception exception, string kind, string jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Kind}/{JobId}: another delivery took it over; this one stopped.")]
    private static partial void LogClaimLost(ILogger logger, string kind, string jobId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Kind}/{JobId} failed: {Reason}")]
    private static partial void LogJobFailed(ILogger logger, string kind, string jobId, string reason);
}
