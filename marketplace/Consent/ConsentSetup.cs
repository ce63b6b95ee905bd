using DataZones.Marketplace.Identifiers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DataZones.Marketplace.Consent;

/// <summary>
/// Person consent as a module, added by the zones whose products need it (a product with
/// <c>RequiresConsent</c>). Adding it twice is harmless; mapping its API twice is not, so the host maps it once.
/// </summary>
public static class ConsentSetup
{
    /// <exception cref="InvalidOperationException"><c>Consent:SubjectHashKey</c> is missing, not base64 or shorter than 32 bytes.</exception>
    public static IServiceCollection AddPersonConsent(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(ConsentOptions.SectionName);
        services.Configure<ConsentOptions>(section);
        var key = Key(section.Get<ConsentOptions>()?.SubjectHashKey);
        services.TryAddSingleton(new ConsentSubjects(new PersonalIdentifierHasher(key)));
        services.TryAddSingleton<ConsentStore>();
        services.TryAddSingleton<ConsentService>();
        services.TryAddSingleton<ConsentGate>();
        if (!services.Any(d => d.ServiceType == typeof(ConsentProblemsRegistered)))
        {
            services.AddSingleton<ConsentProblemsRegistered>();
            foreach (var type in ConsentProblemTypes.All) services.AddSingleton(type);
        }

        return services;
    }

    public static IEndpointRouteBuilder MapPersonConsent(this IEndpointRouteBuilder endpoints) => endpoints.MapConsentApi();

    private static byte[] Key(string? configured)
    {
        const string Help = "Set Consent:SubjectHashKey (environment variable Consent__SubjectHashKey) to a base64 key of at least 32 random "
            + "bytes from the deployment's secret store; consents know their person only by this keyed hash.";
        if (string.IsNullOrWhiteSpace(configured)) throw new InvalidOperationException("The consent subject hashing key is not configured. " + Help);
        byte[] key;
        try
        {
            key = Convert.FromBase64String(configured);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException("Consent:SubjectHashKey is not base64. " + Help);
        }

        return key.Length >= PersonalIdentifierHasher.MinimumKeyBytes ? key : throw new InvalidOperationException("Consent:SubjectHashKey is shorter than 32 bytes. " + Help);
    }

    private sealed class ConsentProblemsRegistered;
}
