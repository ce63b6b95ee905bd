using DataZones.Marketplace.Access;
using DataZones.Marketplace.Audit;
using DataZones.Marketplace.Billing;
using DataZones.Marketplace.Catalog;
using DataZones.Marketplace.Consumers;
using DataZones.Marketplace.Demo;
using DataZones.Marketplace.Idempotency;
using DataZones.Marketplace.Ids;
using DataZones.Marketplace.Jobs;
using DataZones.Marketplace.Ledger;
using DataZones.Marketplace.Me;
using DataZones.Marketplace.Metering;
using DataZones.Marketplace.Persistence;
using DataZones.Marketplace.Pipeline;
using DataZones.Marketplace.Problems;
using DataZones.Marketplace.Quotas;
using DataZones.Marketplace.Receipts;
using DataZones.Marketplace.Scheduling;
using DataZones.Marketplace.Subscriptions;
using DataZones.Marketplace.Telemetry;
using DataZones.Marketplace.Time;
using DataZones.Marketplace.Usage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DataZones.Marketplace.Hosting;

/// <summary>The marketplace as a module: its services, its middleware and its endpoints.</summary>
public static class MarketplaceSetup
{
    public static IServiceCollection AddMarketplace(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IIdGenerator, SortableIdGenerator>();
        services.AddMetrics();
        services.TryAddSingleton<PlatformMetrics>();
        services.AddPlatformProblemDetails();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddPlatformCors(configuration);
        services.AddPlatformCompression();
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(options => PlatformJson.Configure(options.SerializerOptions));
        services.AddPlatformStorage(configuration);
        services.AddPlatformAccess(configuration);
        services.AddPlatformJobs(configuration);

        services.Configure<PersistenceOptions>(configuration.GetSection(PersistenceOptions.SectionName));
        services.Configure<CatalogOptions>(configuration.GetSection(CatalogOptions.SectionName));
        services.Configure<SubscriptionOptions>(configuration.GetSection(SubscriptionOptions.SectionName));
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.SectionName));
        services.Configure<QuotaOptions>(configuration.GetSection(QuotaOptions.SectionName));
        services.Configure<IdempotencyOptions>(configuration.GetSection(IdempotencyOptions.SectionName));
        services.Configure<MeteringOptions>(configuration.GetSection(MeteringOptions.SectionName));
        services.Configure<ReceiptOptions>(configuration.GetSection(ReceiptOptions.SectionName));
        services.AddSingleton<IValidateOptions<ReceiptOptions>>(sp => new ReceiptOptionsValidator(sp.GetService<IHostEnvironment>()));
        services.AddOptions<ReceiptOptions>().ValidateOnStart();
        services.Configure<BusinessCalendarOptions>(configuration.GetSection(BusinessCalendarOptions.SectionName));

        services.AddSingleton<PlatformTables>().AddSingleton<BlobLinks>().AddSingleton<BusinessCalendar>().AddSingleton<AuditLog>();
        services.AddHostedService<StoragePrimer>();
        services.AddSingleton<CatalogOverrideStore>().AddSingleton<PriceListStore>().AddSingleton<CatalogService>();
        services.AddSingleton<ConsumerStore>().AddSingleton<ConsumerService>();
        services.AddSingleton<SubscriptionStore>().AddSingleton<SubscriptionDirectory>().AddSingleton<SubscriptionService>();
        services.AddSingleton<SubscriptionRateLimiter>().AddSingleton<QuotaCounterStore>().AddSingleton<QuotaService>();
        services.AddSingleton<IdempotencyStore>().AddSingleton<IdempotencyService>();
        services.AddSingleton<SigningKey>().AddSingleton<ReceiptSigner>();
        services.AddSingleton<ChainRegistry>().AddSingleton<ChainReader>().AddSingleton<LedgerSealStore>().AddSingleton<SealSignature>();
        services.AddSingleton<LedgerSealer>().AddSingleton<LedgerVerifier>();
        services.AddSingleton<UsageWriter>().AddHostedService(sp => sp.GetRequiredService<UsageWriter>());
        services.AddSingleton<PeriodUnitCounter>();
        services.AddSingleton<UsageRollupStore>().AddSingleton<UsageRollupService>();
        services.AddSingleton<PaidCallAuthorizer>().AddSingleton<PaidCallFilter>();
        services.AddSingleton<IScheduledJob, LedgerSealJob>().AddSingleton<IScheduledJob, UsageRollupJob>();
        services.AddBilling(configuration);
        services.Configure<DemoOptions>(configuration.GetSection(DemoOptions.SectionName));
        services.AddSingleton<IDemoDataSeeder, DemoCredentialsSeeder>().AddHostedService<DemoDataHostedService>();
        return services;
    }

    /// <summary>
    /// The middleware, in order: request ids first (every response carries one, errors included), response
    /// compression, error handling, routing, authentication, authorization, and body buffering for paid calls.
    /// </summary>
    public static WebApplication UseMarketplace(this WebApplication app)
    {
        app.UseMiddleware<RequestIdMiddleware>();
        app.UseResponseCompression();
        app.UsePlatformErrorHandling();
        app.UseMiddleware<RequestTargetLimit>();
        app.UseRouting();
        app.UsePlatformCors();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<PaidRequestBufferingMiddleware>();
        return app;
    }

    public static IEndpointRouteBuilder MapMarketplace(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapProblemCatalog();
        endpoints.MapJwks();
        endpoints.MapCatalogApi();
        endpoints.MapMeApi();
        endpoints.MapUsageApi();
        endpoints.MapConsumerAdminApi();
        endpoints.MapSubscriptionAdminApi();
        endpoints.MapLedgerAdminApi();
        endpoints.MapBillingApi();
        endpoints.MapScheduledJobsApi();
        endpoints.MapJobsApi();
        return endpoints;
    }
}
