using DataZones.Marketplace.Catalog;
using DataZones.Marketplace.Pricing;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Marketplace.Tests.Billing;

/// <summary>Test-only products with one plan of every kind billing must rate, a two-holder product, and one that needs approval.</summary>
public static class BillingProducts
{
    public const string Product = "test.billing";
    public const string FusionProduct = "test.fusion";
    public const string GuardedProduct = "test.billing-guarded";
    public const string Tiers = "tiers";
    public const string Monthly = "monthly";
    public const string Capped = "capped";
    public const string Micro = "micro";
    public const string Unit = "unit";

    public static readonly string[] ProductHolders = ["holder-a"];
    public static readonly string[] FusionHolders = ["holder-a", "holder-b"];

    /// <summary>The plans of <see cref="Product"/>: one of every kind.</summary>
    public static PricePlan[] ProductPlans() =>
    [
        PayPerUsePlan.Graduated(Tiers, new PriceTier(10, 0.50m), new PriceTier(100, 0.40m), new PriceTier(null, 0.30m)),
        MonthlyPlan.WithOverage(Monthly, 100m, 10, 2m),
        MonthlyPlan.HardCapped(Capped, 50m, 5),
        PayPerUsePlan.Flat(Micro, 0.0125m),
        PayPerUsePlan.Flat(Unit, 1m),
    ];

    /// <summary>The same plans at other prices: what a price change to <see cref="Product"/> saves in the simulation.</summary>
    public static PricePlan[] RaisedProductPlans() =>
    [
        PayPerUsePlan.Graduated(Tiers, new PriceTier(10, 0.60m), new PriceTier(100, 0.45m), new PriceTier(null, 0.35m)),
        MonthlyPlan.WithOverage(Monthly, 120m, 10, 2.5m),
        MonthlyPlan.HardCapped(Capped, 60m, 5),
        PayPerUsePlan.Flat(Micro, 0.0150m),
        PayPerUsePlan.Flat(Unit, 1.10m),
    ];

    /// <summary>The plans of <see cref="GuardedProduct"/>.</summary>
    public static PricePlan[] GuardedPlans() => [MonthlyPlan.WithOverage(Monthly, 100m, 10, 2m)];

    /// <summary>The plans of <see cref="FusionProduct"/>.</summary>
    public static PricePlan[] FusionPlans() => [PayPerUsePlan.Flat(Unit, 1m)];

    public static IServiceCollection AddBillingProducts(this IServiceCollection services, string[]? fusionHolders = null)
    {
        var plans = ProductPlans();
        OperationDescriptor[] operations = [new("lookup", "Look something up", MeterKind.PerRecord)];
        services.AddProduct(new ProductDescriptor(Product, "Billing test", "test", "Exercises every plan kind.", ProductHolders, Classification.General, operations, plans));
        services.AddProduct(new ProductDescriptor(FusionProduct, "Fusion test", "test", "Two holders.", fusionHolders ?? FusionHolders, Classification.General, operations,
            FusionPlans()));
        // Important grade: a request waits for the operator, so a subscription can be requested and never approved.
        services.AddProduct(new ProductDescriptor(GuardedProduct, "Guarded billing test", "test", "Needs approval.", ["holder-a"], Classification.Important,
            operations, GuardedPlans()));
        return services;
    }
}
