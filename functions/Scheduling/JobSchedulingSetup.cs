using DataZones.Functions.Hosting;

namespace DataZones.Functions.Scheduling;

/// <summary>
/// Who runs the scheduled jobs. Under the Functions host (<c>FUNCTIONS_CUSTOMHANDLER_PORT</c> set) its timer
/// triggers do, through <c>/{FunctionName}</c>; anywhere else those routes do not exist and the local scheduler
/// runs the same jobs on the same schedules. Operators can run any job at once in both cases
/// (<c>/operator/jobs</c>).
/// </summary>
public static class JobSchedulingSetup
{
    public static IServiceCollection AddJobScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LocalSchedulerOptions>(configuration.GetSection(LocalSchedulerOptions.SectionName));
        services.Configure<RouteOptions>(routes => routes.SetParameterPolicy<FunctionNameRouteConstraint>(TimerInvocationEndpoints.FunctionNameConstraint));
        if (CustomHandlerPort.Read(configuration) is null) services.AddHostedService<LocalScheduler>();
        return services;
    }

    public static IEndpointRouteBuilder MapJobTriggers(this IEndpointRouteBuilder endpoints)
    {
        var configuration = endpoints.ServiceProvider.GetRequiredService<IConfiguration>();
        if (CustomHandlerPort.Read(configuration) is { } hostPort) endpoints.MapTimerInvocations(hostPort).MapQueueInvocations(hostPort);
        return endpoints;
    }
}
