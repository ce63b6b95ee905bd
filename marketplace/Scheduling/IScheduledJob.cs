namespace DataZones.Marketplace.Scheduling;

/// <summary>
/// Work that runs on a schedule: in Azure a timer-triggered function whose name is <see cref="FunctionName"/>
/// (functions/metadata/&lt;FunctionName&gt;/function.json holds the same <see cref="Schedule"/>, which a test checks);
/// the host POSTs the invocation to <c>/{FunctionName}</c>. Off the host a local scheduler runs it on the same
/// schedule, and operators can run it now (<c>POST /operator/jobs/{name}/runs</c>). Every job is idempotent: running
/// it twice for the same period changes nothing, so a retried, duplicated or on-demand run is harmless.
/// </summary>
public interface IScheduledJob
{
    /// <summary>The timer function's name, e.g. <c>LedgerSeal</c>.</summary>
    string FunctionName { get; }

    /// <summary>The NCRONTAB schedule (six fields, seconds first), e.g. <c>0 */15 * * * *</c>.</summary>
    string Schedule { get; }

    /// <summary>Runs once; returns a line for the invocation log (counts, period).</summary>
    Task<string> RunAsync(CancellationToken cancellationToken);
}
