using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DataZones.Marketplace.Jobs;

/// <summary>The job mechanism every zone shares: records, the queue, the runner, and the local poller.</summary>
public static class JobsSetup
{
    public static IServiceCollection AddPlatformJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<JobOptions>(configuration.GetSection(JobOptions.SectionName));
        services.TryAddSingleton<JobStore>();
        services.TryAddSingleton<JobQueue>();
        services.TryAddSingleton<JobSubmitter>();
        services.TryAddSingleton<JobArrivals>();
        services.TryAddSingleton<JobRunner>();
        services.AddHostedService<JobPoller>();
        return services;
    }

    /// <summary>Registers a zone's handler for one kind of job.</summary>
    public static IServiceCollection AddJobHandler<THandler>(this IServiceCollection services) where THandler : class, IJobHandler =>
        services.AddSingleton<IJobHandler, THandler>();
}
