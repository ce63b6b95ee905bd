using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DataZones.Marketplace.Disclosure;

public static class DisclosureSetup
{
    /// <summary>Disclosure control for a zone's statistical answers; safe to call from several zones.</summary>
    public static IServiceCollection AddDisclosureControl(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DisclosureOptions>().Bind(configuration.GetSection(DisclosureOptions.SectionName))
            .Validate(o => o.MinimumContributors >= 2 && o.RoundingBase >= 1, "Disclosure:MinimumContributors must be at least 2 and Disclosure:RoundingBase at least 1.")
            .ValidateOnStart();
        services.TryAddSingleton<PublishedCellStore>();
        services.TryAddSingleton<DisclosureControl>();
        if (!services.Any(d => ReferenceEquals(d.ImplementationInstance, DisclosureProblemTypes.TooCloseToEarlierAnswer)))
        {
            services.AddSingleton(DisclosureProblemTypes.TooCloseToEarlierAnswer);
        }

        return services;
    }
}
