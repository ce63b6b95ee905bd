using DataZones.Marketplace.Access;
using DataZones.Marketplace.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Marketplace.Scheduling;

/// <summary>
/// The operator's view of the scheduled jobs (<c>/operator/jobs</c>): which there are and on what schedule, and
/// running one now — the same run its timer does, wherever the app is hosted. Jobs are idempotent, so a run on
/// demand next to a scheduled one changes nothing twice.
/// </summary>
public static class ScheduledJobsApi
{
    public sealed record JobView(string Name, string Schedule);

    public sealed record JobRun(string Name, string Log);

    public static IEndpointRouteBuilder MapScheduledJobsApi(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/operator/jobs").RequireAuthorization(Policies.Operator).WithTags("Operator: jobs");
        admin.MapGet("/", (IEnumerable<IScheduledJob> jobs) =>
                TypedResults.Ok(jobs.Select(j => new JobView(j.FunctionName, j.Schedule)).OrderBy(j => j.Name, StringComparer.Ordinal).ToList()))
            .WithSummary("The scheduled jobs and their NCRONTAB schedules (UTC, seconds first).");
        admin.MapPost("/{name}/runs", async (string name, IEnumerable<IScheduledJob> jobs, CancellationToken ct) =>
                jobs.FirstOrDefault(j => string.Equals(j.FunctionName, name, StringComparison.OrdinalIgnoreCase)) is { } job
                    ? Results.Ok(new JobRun(job.FunctionName, await job.RunAsync(ct)))
                    : Problem.Of(ProblemTypes.NotFound, $"There is no job '{name}'; GET /operator/jobs lists them."))
            .WithSummary("Run a job now, as its timer would (idempotent); answers with the line its run logs.");
        return endpoints;
    }
}
