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
    public static IEndpointRouteBuilder MapTimerInvocations(this IEndpointRouteBuilder endpoints, int hostPort)
    {
        foreach (var job in endpoints.ServiceProvider.GetServices<IScheduledJob>())
        {
            endpoints.Map("/" + job.FunctionName, async (HttpContext context, CancellationToken cancellationToken) =>
            {
                if (!await HostInvocationGuard.IsHostInvocationAsync(context, job.FunctionName, hostPort, cancellationToken)) return Results.NotFound();
                var log = await job.RunAsync(cancellationToken);
                return CustomHandlerResponse.Of(job.FunctionName, log);
            }).ExcludeFromDescription().WithName(job.FunctionName);
        }
        return endpoints;
    }
}
