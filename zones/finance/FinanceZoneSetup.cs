using DataZones.Marketplace.Catalog;
using DataZones.Marketplace.Demo;
using DataZones.Marketplace.Hosting;
using DataZones.Marketplace.Identifiers;
using DataZones.Marketplace.Jobs;
using DataZones.Marketplace.Scheduling;
using DataZones.Zones.Finance.Api;
using DataZones.Zones.Finance.DemoData;
using DataZones.Zones.Finance.Ingestion;
using DataZones.Zones.Finance.Jobs;
using DataZones.Zones.Finance.Policies;
using DataZones.Zones.Finance.Problems;
using DataZones.Zones.Finance.Products;
using DataZones.Zones.Finance.Scoring;
using DataZones.Zones.Finance.Storage;
using DataZones.Zones.Finance.Verification;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Zones.Finance;

/// <summary>The finance zone as a module: products, problem types, services, the ingestion worker, and endpoints.</summary>
public static class FinanceZoneSetup
{
    /// <exception cref="InvalidOperationException">
    /// <c>Finance:IdentifierHashKey</c> is missing or shorter than 32 bytes: the zone must not start without it.
    /// </exception>
    public static IServiceCollection AddFinanceZone(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(FinanceOptions.SectionName);
        services.Configure<FinanceOptions>(section);
        var options = section.Get<FinanceOptions>() ?? new FinanceOptions();
        services.AddSingleton(new PersonalIdentifierHasher(HashKey(options.IdentifierHashKey)));

        services.AddJsonMetadata(FinanceJsonContext.Default);
        foreach (var product in FinanceProducts.All) services.AddProduct(product);
        foreach (var type in FinanceProblemTypes.All) services.AddSingleton(type);

        services.AddSingleton<FinanceReferenceStore>().AddSingleton<LoanPolicyStore>();
        services.AddSingleton<EnterpriseVerifier>().AddSingleton<EnterpriseVerificationService>();
        services.AddSingleton<CreditProfileService>().AddSingleton<LoanPolicyService>();
        services.AddSingleton<FinanceIngestionParser>().AddSingleton<IngestionLoader>();
        services.AddSingleton<IngestionUploads>().AddSingleton<IngestionJobStore>().AddSingleton<IngestionService>();
        services.AddJobHandler<FinanceIngestionJob>();
        services.AddSingleton<LinkedUploadService>().AddSingleton<IScheduledJob, UploadSweepJob>();
        services.AddSingleton<IDemoDataSeeder, FinanceDemoSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapFinanceZone(this IEndpointRouteBuilder endpoints)
    {
        var zone = endpoints.MapGroup("/zones/finance").WithTags("Finance zone");
        zone.MapEnterpriseVerificationApi();
        zone.MapCreditApi();
        zone.MapIngestionApi();
        endpoints.MapLoanPolicyAdminApi();
        return endpoints;
    }

    // Fails at start-up, with the setting's name, rather than at the first verification.
    private static byte[] HashKey(string? configured)
    {
        const string Help = "Set Finance:IdentifierHashKey (environment variable Finance__IdentifierHashKey) to a base64 key of at "
            + "least 32 random bytes from the deployment's secret store; identity numbers are looked up by their keyed hash.";
        if (string.IsNullOrWhiteSpace(configured)) throw new InvalidOperationException("The finance zone's identity-number hashing key is not configured. " + Help);
        byte[] key;
        try
        {
            key = Convert.FromBase64String(configured);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException("Finance:IdentifierHashKey is not base64. " + Help);
        }

        return key.Length >= PersonalIdentifierHasher.MinimumKeyBytes
            ? key
            : throw new InvalidOperationException("Finance:IdentifierHashKey is shorter than 32 bytes. " + Help);
    }
}
