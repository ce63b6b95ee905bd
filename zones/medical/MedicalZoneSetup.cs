using DataZones.Marketplace.Catalog;
using DataZones.Marketplace.Consent;
using DataZones.Marketplace.Demo;
using DataZones.Marketplace.Disclosure;
using DataZones.Marketplace.Hosting;
using DataZones.Marketplace.Identifiers;
using DataZones.Marketplace.Jobs;
using DataZones.Zones.Medical.Api;
using DataZones.Zones.Medical.Claims;
using DataZones.Zones.Medical.DemoData;
using DataZones.Zones.Medical.Ingestion;
using DataZones.Zones.Medical.Jobs;
using DataZones.Zones.Medical.Problems;
using DataZones.Zones.Medical.Products;
using DataZones.Zones.Medical.Reference;
using DataZones.Zones.Medical.Research;
using DataZones.Zones.Medical.Storage;
using DataZones.Zones.Medical.Underwriting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Zones.Medical;

/// <summary>The medical zone as a module: products, problem types, consent, services, the ingestion worker, endpoints.</summary>
public static class MedicalZoneSetup
{
    /// <exception cref="InvalidOperationException">
    /// <c>Medical:IdentifierHashKey</c> is missing or shorter than 32 bytes: the zone must not start without it.
    /// </exception>
    public static IServiceCollection AddMedicalZone(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(MedicalOptions.SectionName);
        services.Configure<MedicalOptions>(section);
        var options = section.Get<MedicalOptions>() ?? new MedicalOptions();
        services.AddSingleton(new MedicalPersonKeys(new PersonalIdentifierHasher(HashKey(options.IdentifierHashKey))));

        services.AddJsonMetadata(MedicalJsonContext.Default);
        foreach (var product in MedicalProducts.All) services.AddProduct(product);
        foreach (var type in MedicalProblemTypes.All) services.AddSingleton(type);

        services.AddPersonConsent(configuration);
        services.AddSingleton<MedicalReferenceStore>().AddSingleton<ClaimsService>().AddSingleton<UnderwritingService>();
        services.AddDisclosureControl(configuration);
        services.AddSingleton<ResearchIndexStore>().AddSingleton<ResearchService>();
        services.AddSingleton<MedicalIngestionParser>().AddSingleton<MedicalIngestionLoader>();
        services.AddSingleton<MedicalUploads>().AddSingleton<MedicalIngestionStore>().AddSingleton<MedicalIngestionService>();
        services.AddSingleton<ClaimBatchStore>().AddSingleton<ClaimBatchService>();
        services.AddJobHandler<MedicalIngestionJob>();
        services.AddJobHandler<ClaimBatchJob>();
        services.AddSingleton<IDemoDataSeeder, MedicalDemoSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapMedicalZone(this IEndpointRouteBuilder endpoints)
    {
        var zone = endpoints.MapGroup("/zones/medical").WithTags("Medical zone");
        zone.MapClaimsApi();
        zone.MapClaimBatchesApi();
        zone.MapUnderwritingApi();
        zone.MapResearchApi();
        zone.MapMedicalIngestionApi();
        endpoints.MapPersonConsent();
        return endpoints;
    }

    // Fails at start-up, with the setting's name, rather than at the first verification.
    private static byte[] HashKey(string? configured)
    {
        const string Help = "Set Medical:IdentifierHashKey (environment variable Medical__IdentifierHashKey) to a base64 key of at "
            + "least 32 random bytes from the deployment's secret store; identity numbers are looked up by their keyed hash.";
        if (string.IsNullOrWhiteSpace(configured)) throw new InvalidOperationException("The medical zone's identity-number hashing key is not configured. " + Help);
        byte[] key;
        try
        {
            key = Convert.FromBase64String(configured);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException("Medical:IdentifierHashKey is not base64. " + Help);
        }

        return key.Length >= PersonalIdentifierHasher.MinimumKeyBytes
            ? key
            : throw new InvalidOperationException("Medical:IdentifierHashKey is shorter than 32 bytes. " + Help);
    }
}
