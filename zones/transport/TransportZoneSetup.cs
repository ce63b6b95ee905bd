using DataZones.Marketplace.Catalog;
using DataZones.Marketplace.Demo;
using DataZones.Marketplace.Disclosure;
using DataZones.Marketplace.Hosting;
using DataZones.Marketplace.Identifiers;
using DataZones.Marketplace.Jobs;
using DataZones.Zones.Transport.Api;
using DataZones.Zones.Transport.DemoData;
using DataZones.Zones.Transport.Ingestion;
using DataZones.Zones.Transport.Jobs;
using DataZones.Zones.Transport.Problems;
using DataZones.Zones.Transport.Products;
using DataZones.Zones.Transport.Reference;
using DataZones.Zones.Transport.Storage;
using DataZones.Zones.Transport.Traffic;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Zones.Transport;

/// <summary>The transport zone as a module: products, problem types, services, the ingestion worker, endpoints.</summary>
public static class TransportZoneSetup
{
    /// <exception cref="InvalidOperationException">
    /// <c>Transport:IdentifierHashKey</c> is missing or shorter than 32 bytes: the zone must not start without it.
    /// </exception>
    public static IServiceCollection AddTransportZone(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(TransportOptions.SectionName);
        services.Configure<TransportOptions>(section);
        var options = section.Get<TransportOptions>() ?? new TransportOptions();
        services.AddSingleton(new TransportKeys(new PersonalIdentifierHasher(HashKey(options.IdentifierHashKey))));

        services.AddJsonMetadata(TransportJsonContext.Default);
        foreach (var product in TransportProducts.All) services.AddProduct(product);
        foreach (var type in TransportProblemTypes.All) services.AddSingleton(type);

        services.AddDisclosureControl(configuration);
        services.AddSingleton<TransportReferenceStore>().AddSingleton<VehicleService>().AddSingleton<TrafficIndicatorService>();
        services.AddSingleton<TransportIngestionParser>().AddSingleton<TransportIngestionLoader>();
        services.AddSingleton<TransportUploads>().AddSingleton<TransportIngestionStore>().AddSingleton<TransportIngestionService>();
        services.AddJobHandler<TransportIngestionJob>();
        services.AddSingleton<IDemoDataSeeder, TransportDemoSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapTransportZone(this IEndpointRouteBuilder endpoints)
    {
        var zone = endpoints.MapGroup("/zones/transport").WithTags("Transport zone");
        zone.MapVinDecodeApi();
        zone.MapTruckUnderwritingApi();
        zone.MapAccidentVerificationApi();
        zone.MapUsedCarHistoryApi();
        zone.MapTrafficIndicatorsApi();
        zone.MapTransportIngestionApi();
        return endpoints;
    }

    // Fails at start-up, with the setting's name, rather than at the first upload.
    private static byte[] HashKey(string? configured)
    {
        const string Help = "Set Transport:IdentifierHashKey (environment variable Transport__IdentifierHashKey) to a base64 key of at "
            + "least 32 random bytes from the deployment's secret store; plates and persons are kept only as their keyed hash.";
        if (string.IsNullOrWhiteSpace(configured)) throw new InvalidOperationException("The transport zone's plate and person hashing key is not configured. " + Help);
        byte[] key;
        try
        {
            key = Convert.FromBase64String(configured);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException("Transport:IdentifierHashKey is not base64. " + Help);
        }

        return key.Length >= PersonalIdentifierHasher.MinimumKeyBytes
            ? key
            : throw new InvalidOperationException("Transport:IdentifierHashKey is shorter than 32 bytes. " + Help);
    }
}
