using System.Text.Json.Nodes;
using DataZones.Marketplace.Scheduling;

namespace DataZones.Functions.Scheduling;

/// <summary>
/// Answers the Functions host's timer invocations. The host POSTs <c>{"Data":…,"Metadata":…}</c> to
/// <c>/{FunctionName}</c> and expects the custom-handler response payload <c>{"Outputs":{},"Logs":[…],"ReturnValue":null}</c>.
/// The catch-all HTTP function's route excludes these names (functions/Api/function.json), so they cannot be
/// reached from outside; and every job is idempotent, so a duplicated invocation is harmless.
/// </summary>
public static class ScheduledJobEndpoints
{
    public static IEndpointRouteBuilder MapScheduledJobs(this IEndpointRouteBuilder endpoints)
    {
        foreach (var job in endpoints.ServiceProvider.GetServices<IScheduledJob>())
        {
            endpoints.MapPost("/" + job.FunctionName, async (HttpContext context, CancellationToken cancellationToken) =>
            {
                var runner = context.RequestServices.GetServices<IScheduledJob>().Single(j => j.FunctionName == job.FunctionName);
                var log = await runner.RunAsync(cancellationToken);
                return TypedResults.Json(new JsonObject
                {
                    ["Outputs"] = new JsonObject(),
                    ["Logs"] = new JsonArray($"{job.FunctionName}: {log}"),
                    ["ReturnValue"] = null,
                });
            }).ExcludeFromDescription().WithName(job.FunctionName);
        }
        return endpoints;
    }
}
