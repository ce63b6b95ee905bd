using DataZones.Marketplace.Scheduling;

namespace DataZones.Functions.Scheduling;

/// <summary>
/// Under the Functions host only: answers its timer invocations. The host POSTs <c>{"Data":…,"Metadata":…}</c> to
/// <c>/{FunctionName}</c> and expects the custom-handler response <c>{"Outputs":{},"Logs":[…],"ReturnValue":null}</c>.
/// Anything that is not the host's own invocation (<see cref="HostInvocationGuard"/>) gets the same 404 as a path
/// that does not exist, whatever its method. Every job is idempotent, so a duplicated invocation is harmless.
/// </summary>
public static class TimerInvocationEndpoints
{
    /// <summary>The route constraint that keeps the trigger route to names as the host spells them (PascalCase).</summary>
    public const string FunctionNameConstraint = "functionName";

    /// <summary>
    /// One route for every timer, <c>/{name}</c> limited to PascalCase names (the API's own paths are lower-case, so
    /// they keep their 405s). The job is looked up when the host invokes it, not when the routes are mapped: that
    /// would build every job and its services — billing, settlement, sealing — on a cold instance's path to its
    /// first answer.
    /// </summary>
    public static IEndpointRouteBuilder MapTimerInvocations(this IEndpointRouteBuilder endpoints, int hostPort)
    {
        endpoints.Map($"/{{name:{FunctionNameConstraint}}}", async (string name, HttpContext context, CancellationToken cancellationToken) =>
        {
            if (!await HostInvocationGuard.IsHostInvocationAsync(context, name, hostPort, cancellationToken)) return Results.NotFound();
            var job = context.RequestServices.GetServices<IScheduledJob>().FirstOrDefault(j => string.Equals(j.FunctionName, name, StringComparison.Ordinal));
            if (job is null) return Results.NotFound();
            var log = await job.RunAsync(cancellationToken);
            return CustomHandlerResponse.Of(job.FunctionName, log);
        }).ExcludeFromDescription();
        return endpoints;
    }
}
