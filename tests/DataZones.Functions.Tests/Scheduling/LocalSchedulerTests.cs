using System.Diagnostics;
using DataZones.Functions.Scheduling;
using DataZones.Marketplace.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DataZones.Functions.Tests.Scheduling;

/// <summary>Off the host the local scheduler runs the jobs, on the schedules their timer functions have.</summary>
public sealed class LocalSchedulerTests
{
    private sealed class RecordingJob(string name, string schedule, bool fails = false) : IScheduledJob
    {
        private int runs;

        public string FunctionName => name;

        public string Schedule => schedule;

        public int Runs => Volatile.Read(ref runs);

        public Task<string> RunAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref runs);
            return fails ? throw new InvalidOperationException("job failed") : Task.FromResult("ran");
        }
    }

    /// <summary>A clock that starts where a test puts it and then runs at the real pace, as its timers do.</summary>
    private sealed class ShiftedClock(DateTimeOffset start) : TimeProvider
    {
        private readonly long started = Stopwatch.GetTimestamp();

        public override DateTimeOffset GetUtcNow() => start + Stopwatch.GetElapsedTime(started);
    }

    private static LocalScheduler Scheduler(TimeProvider time, bool enabled, params IScheduledJob[] jobs) =>
        new(jobs, time, Options.Create(new LocalSchedulerOptions { LocalScheduler = enabled }), NullLogger<LocalScheduler>.Instance);

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition() && DateTime.UtcNow < deadline) await Task.Delay(20);
    }

    [Fact]
    public void OffTheHost_TheAppRunsTheLocalScheduler_OnTheHostItDoesNot()
    {
        using var offHost = new AppFactory();
        using var onHost = new OnHostApp();

        Assert.Single(offHost.Services.GetServices<IHostedService>().OfType<LocalScheduler>());
        Assert.Empty(onHost.Factory.Services.GetServices<IHostedService>().OfType<LocalScheduler>());
    }

    [Theory]
    [InlineData("BillingClose", "2026-11-16T04:00:00Z", "2026-12-01T02:30:00Z")]
    [InlineData("UsageRollup", "2026-11-16T04:10:00Z", "2026-11-16T04:12:00Z")]
    [InlineData("UsageRollup", "2026-11-16T04:52:00Z", "2026-11-16T05:02:00Z")]
    [InlineData("LedgerSeal", "2026-11-16T04:00:00Z", "2026-11-16T04:05:00Z")]
    [InlineData("OceanExportSweep", "2026-11-16T04:59:59Z", "2026-11-16T05:20:00Z")]
    public void JobSchedules_NextOccurrence_IsInUtc_AsTheHostsTimer(string job, string after, string next)
    {
        using var factory = new AppFactory();
        var schedule = JobSchedule.TryParse(factory.Services.GetServices<IScheduledJob>().Single(j => j.FunctionName == job).Schedule)!;

        Assert.Equal(DateTimeOffset.Parse(next, System.Globalization.CultureInfo.InvariantCulture), schedule.NextAfter(DateTimeOffset.Parse(after, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Scheduler_RunsAJobWhenItsOccurrenceComes_AndNotBefore()
    {
        // 300 ms before the monthly close's occurrence; after it the next one is a month away.
        var clock = new ShiftedClock(new DateTimeOffset(2026, 12, 1, 2, 29, 59, 700, TimeSpan.Zero));
        var monthly = new RecordingJob("BillingClose", "0 30 2 1 * *");
        using var scheduler = Scheduler(clock, enabled: true, monthly);

        await scheduler.StartAsync(CancellationToken.None);
        var before = monthly.Runs;
        await WaitUntilAsync(() => monthly.Runs > 0, TimeSpan.FromSeconds(5));
        await Task.Delay(500);
        await scheduler.StopAsync(CancellationToken.None);

        Assert.Equal((0, 1), (before, monthly.Runs));
    }

    [Fact]
    public async Task Scheduler_AFailingJob_DoesNotStopItsNextRunsNorOtherJobs()
    {
        var failing = new RecordingJob("Failing", "* * * * * *", fails: true);
        var healthy = new RecordingJob("Healthy", "* * * * * *");
        using var scheduler = Scheduler(TimeProvider.System, enabled: true, failing, healthy);

        await scheduler.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => failing.Runs >= 2 && healthy.Runs >= 2, TimeSpan.FromSeconds(10));
        await scheduler.StopAsync(CancellationToken.None);

        Assert.True(failing.Runs >= 2 && healthy.Runs >= 2, $"runs: failing {failing.Runs}, healthy {healthy.Runs}");
    }

    [Fact]
    public async Task Scheduler_Disabled_RunsNothing()
    {
        var job = new RecordingJob("Every", "* * * * * *");
        using var scheduler = Scheduler(TimeProvider.System, enabled: false, job);

        await scheduler.StartAsync(CancellationToken.None);
        await Task.Delay(1500);
        await scheduler.StopAsync(CancellationToken.None);

        Assert.Equal(0, job.Runs);
    }
}
