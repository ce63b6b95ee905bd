using DataZones.Marketplace.Scheduling;
using Microsoft.Extensions.Options;

namespace DataZones.Functions.Scheduling;

/// <summary>
/// Off the Functions host (a laptop, a container) runs every <see cref="IScheduledJob"/> on the schedule its timer
/// function has, so the app does there what the host's timer triggers do in Azure. Unlike the host's schedule
/// monitor it keeps no record of past runs: an occurrence missed while the app was down is not made up. An operator
/// runs any job at once with <c>POST /operator/jobs/{name}/runs</c>; every job is idempotent.
/// </summary>
public sealed partial class LocalScheduler(
    IEnumerable<IScheduledJob> jobs, TimeProvider time, IOptions<LocalSchedulerOptions> options, ILogger<LocalScheduler> logger) : BackgroundService
{
    /// <summary>A long wait is cut into waits of at most this, so that a clock moved meanwhile is noticed.</summary>
    public static readonly TimeSpan WaitMax = TimeSpan.FromMinutes(10);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.LocalScheduler)
        {
            LogDisabled(logger);
            return Task.CompletedTask;
        }
        var scheduled = jobs.Select(job => (job, JobSchedule.TryParse(job.Schedule)
            ?? throw new InvalidOperationException($"The {job.FunctionName} job's schedule '{job.Schedule}' is not a six-field NCRONTAB expression."))).ToList();
        return Task.WhenAll(scheduled.Select(s => RunOnScheduleAsync(s.job, s.Item2, stoppingToken)));
    }

    private async Task RunOnScheduleAsync(IScheduledJob job, JobSchedule schedule, CancellationToken stoppingToken)
    {
        var due = schedule.NextAfter(time.GetUtcNow());
        LogScheduled(logger, job.FunctionName, schedule.Text, due);
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = due - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait < WaitMax ? wait : WaitMax, time, stoppingToken);
                continue;
            }
            await RunOnceAsync(job, stoppingToken);
            // After the occurrence just run, and never one already past: a run longer than the interval skips the
            // occurrences it overlapped, as the host's timer does.
            var now = time.GetUtcNow();
            due = schedule.NextAfter(due > now ? due : now);
        }
    }

    private async Task RunOnceAsync(IScheduledJob job, CancellationToken stoppingToken)
    {
        try
        {
            LogRan(logger, job.FunctionName, await job.RunAsync(stoppingToken));
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            // As under the host: a failed run is logged and the next occurrence runs anyway; it is not swallowed
            // silently, and it must not stop every other job's schedule.
            LogFailed(logger, job.FunctionName, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Local scheduler off: the jobs run only when an operator starts them (Scheduling:LocalScheduler is false).")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Job} runs on '{Schedule}' (UTC); next at {Due:O}.")]
    private static partial void LogScheduled(ILogger logger, string job, string schedule, DateTimeOffset due);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Job}: {Log}")]
    private static partial void LogRan(ILogger logger, string job, string log);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Job} failed; it runs again at its next occurrence.")]
    private static partial void LogFailed(ILogger logger, string job, Exception exception);
}
