using DataZones.Marketplace.Scheduling;
using DataZones.Marketplace.Settlement;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Marketplace.Billing;

/// <summary>Billing and settlement as a module: invoices, allocation policies, settlement, reconciliation, the BillingClose job.</summary>
public static class BillingSetup
{
    public static IServiceCollection AddBilling(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BillingOptions>(configuration.GetSection(BillingOptions.SectionName));
        services.Configure<SettlementOptions>(configuration.GetSection(SettlementOptions.SectionName));
        services.AddSingleton<InvoiceStore>().AddSingleton<InvoiceQueries>().AddSingleton<InvoiceService>().AddSingleton<BillingCloseService>();
        services.AddSingleton<MonthlySubscriptions>();
        services.AddSingleton<AllocationPolicyStore>().AddSingleton<AllocationPolicyService>();
        services.AddSingleton<SettlementStore>().AddSingleton<SettlementWriter>().AddSingleton<SettlementReports>().AddSingleton<PeriodSettlementService>();
        services.AddSingleton<SettlementCloseStore>().AddSingleton<SettledDocumentStore>().AddSingleton<PolicyUsedStore>();
        services.AddSingleton<RemittanceStore>().AddSingleton<RemittanceWriter>();
        services.AddSingleton<PolicyReallocationCheck>().AddSingleton<CreditNotePairingCheck>().AddSingleton<RemittanceCheck>();
        services.AddSingleton<UsageReconciler>().AddSingleton<InvoiceReconciler>().AddSingleton<SettlementReconciler>().AddSingleton<ReconciliationService>();
        services.AddSingleton<IScheduledJob, BillingCloseJob>();
        foreach (var problem in BillingProblems.All) services.AddSingleton(problem);
        return services;
    }

    public static IEndpointRouteBuilder MapBillingApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapInvoicesMeApi();
        endpoints.MapBillingAdminApi();
        endpoints.MapSettlementAdminApi();
        endpoints.MapHolderStatementApi();
        endpoints.MapAllocationPolicyApi();
        return endpoints;
    }
}
