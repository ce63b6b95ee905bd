using DataZones.Marketplace.Catalog;
using DataZones.Marketplace.Demo;
using DataZones.Marketplace.Hosting;
using DataZones.Marketplace.Jobs;
using DataZones.Marketplace.Scheduling;
using DataZones.Marketplace.Telemetry;
using DataZones.Zones.Ocean.Api;
using DataZones.Zones.Ocean.DemoData;
using DataZones.Zones.Ocean.Engine;
using DataZones.Zones.Ocean.Exports;
using DataZones.Zones.Ocean.Ingestion;
using DataZones.Zones.Ocean.Queries;
using DataZones.Zones.Ocean.Registry;
using DataZones.Zones.Ocean.Storage;
using DataZones.Zones.Ocean.Zarr;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DataZones.Zones.Ocean;

/// <summary>The ocean zone as a module: its products, problem types, services and endpoints under <c>/zones/ocean</c>.</summary>
public static class OceanZoneSetup
{
    public static IServiceCollection AddOceanZone(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OceanOptions>(configuration.GetSection(OceanOptions.SectionName));
        services.AddJsonMetadata(OceanJsonContext.Default);
        services.AddSingleton(new CorsExposedHeaders([OceanQueryApi.WithheldCellsHeader, OceanQueryApi.WithheldReasonHeader]));
        services.AddProduct(OceanProducts.Queries).AddProduct(OceanProducts.Exports);
        foreach (var type in OceanProblemTypes.All)
        {
            services.AddSingleton(type);
        }
        // One cache for the process: its byte budget is the zone's whole memory for hot chunks.
        services.AddSingleton(sp => new ZarrChunkCache(sp.GetRequiredService<IOptions<OceanOptions>>().Value.ChunkCacheBytes, sp.GetRequiredService<PlatformMetrics>()));
        services.AddSingleton(sp => new OceanQueryEngine(new OceanEngineOptions(sp.GetRequiredService<IOptions<OceanOptions>>().Value.ChunkReadParallelism)));
        services.AddSingleton<OceanContainers>().AddSingleton<OceanStores>().AddSingleton<DatasetRegistry>();
        services.AddSingleton<Griddap.GriddapService>();
        services.AddSingleton<OceanQueryService>().AddSingleton<ExportWriter>().AddSingleton<ExportService>();
        services.AddSingleton<ExportRegistry>().AddSingleton<IScheduledJob, ExportSweepJob>();
        services.AddSingleton<ExportLinks>().AddSingleton<ExportKeyLinks>();
        services.AddSingleton<IngestionJobStore>().AddSingleton<IngestionService>().AddSingleton<IngestionConverter>();
        services.AddSingleton<LinkedIngestionService>().AddSingleton<IScheduledJob, UploadSweepJob>();
        services.AddJobHandler<OceanIngestionJob>();
        services.AddSingleton<OceanDemoSeeder>().AddSingleton<IDemoDataSeeder>(sp => sp.GetRequiredService<OceanDemoSeeder>());
        return services;
    }

    public static IEndpointRouteBuilder MapOceanZone(this IEndpointRouteBuilder endpoints)
    {
        var zone = endpoints.MapGroup(OceanCollectionsApi.BasePath).WithTags("Ocean");
        zone.MapOceanCollections();
        zone.MapOceanQueries();
        zone.MapOceanGriddap();
        zone.MapOceanExports();
        zone.MapOceanIngestions();
        return endpoints;
    }
}
