using DataZones.Marketplace.Access;
using DataZones.Marketplace.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DataZones.Marketplace.Jobs;

/// <summary>
/// The operator's view of the job queue (<c>/operator/job-queue</c>): any job's platform record — state, deliveries,
/// progress, the last delivery's error and the failure reason — and the recent jobs of a kind, e.g. the ones that
/// failed. Zones show their own results (rows loaded, time steps written) at their own endpoints under the same id.
/// </summary>
public static class JobsApi
{
    private const int ListLimit = 100;

    public static IEndpointRouteBuilder MapJobsApi(this IEndpointRouteBuilder endpoints)
    {
        var queue = endpoints.MapGroup("/operator/job-queue").RequireAuthorization(Policies.Operator).WithTags("Operator: jobs");
        queue.MapGet("/{kind}/{id}", async (string kind, string id, JobStore store, CancellationToken ct) =>
                await store.FindAsync(kind, id, ct) is { } found
                    ? Results.Ok(QueuedJobView.From(found.Record))
                    : Problem.Of(ProblemTypes.NotFound, $"There is no {kind} job '{id}'."))
            .Produces<QueuedJobView>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A background job's record: state, deliveries, progress, the last delivery's error and why it failed.");
        queue.MapGet("/{kind}", async (string kind, string? state, int? days, JobStore store, TimeProvider time, CancellationToken ct) =>
            {
                var errors = new List<FieldError>();
                JobState? wanted = null;
                if (state is not null)
                {
                    if (Enum.TryParse<JobState>(state, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(state, out _)) wanted = parsed;
                    else errors.Add(new FieldError("state", "unknown-state", "state is one of queued, running, succeeded, failed."));
                }
                if (days is < 1 or > 90) errors.Add(new FieldError("days", "out-of-range", "days is from 1 to 90."));
                if (errors.Count > 0) return Problem.Invalid(errors);
                var since = time.GetUtcNow() - TimeSpan.FromDays(days ?? 7);
                return Results.Ok((await store.ListAsync(kind, since, wanted, ListLimit, ct)).Select(QueuedJobView.From).ToList());
            })
            .Produces<List<QueuedJobView>>().ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("The jobs of a kind submitted in the last `days` (7), newest first, at most 100; `state=failed` for the ones that failed.");
        return endpoints;
    }
}
