using DataZones.Marketplace.Catalog;
using DataZones.Marketplace.Pipeline;
using DataZones.Marketplace.Pricing;
using DataZones.Marketplace.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Marketplace.Tests.Hosting;

/// <summary>
/// A zone that exists only in the tests, so that the core is tested without any real zone: an echo product (general
/// grade, auto-approved) with a per-call and a per-record operation, and an important-grade product that needs the
/// operator's approval.
/// </summary>
public static class TestZone
{
    public const string EchoProduct = "test.echo";
    public const string GuardedProduct = "test.guarded";
    public const string PayPerUsePlanId = "payg";
    public const string CappedPlanId = "capped";
    public const string TieredPlanId = "tiered";
    public const string OveragePlanId = "overage";
    public const int CappedUnits = 3;

    /// <summary>Text that only a zone answer contains: a body with it has leaked zone data.</summary>
    public const string ZoneSecret = "zone-data-7f3a";

    public sealed record EchoRequest(string? Text);

    public sealed record BatchRequest(List<string>? Items);

    public static IServiceCollection AddTestZone(this IServiceCollection services)
    {
        PricePlan[] plans =
        [
            PayPerUsePlan.Flat(PayPerUsePlanId, 0.05m),
            MonthlyPlan.HardCapped(CappedPlanId, 100m, CappedUnits),
            PayPerUsePlan.Graduated(TieredPlanId, new PriceTier(2, 1.00m), new PriceTier(null, 0.50m)),
            MonthlyPlan.WithOverage(OveragePlanId, 10m, 2, 0.25m),
        ];
        services.AddProduct(new ProductDescriptor(EchoProduct, "Echo", "test", "Echoes text back.", ["holder-a"], Classification.General,
            [new OperationDescriptor("echo", "Echo one text", MeterKind.PerCall), new OperationDescriptor("batch", "Echo many texts", MeterKind.PerRecord)], plans));
        services.AddProduct(new ProductDescriptor(GuardedProduct, "Guarded", "test", "Needs approval.", ["holder-b"], Classification.Important,
            [new OperationDescriptor("echo", "Echo one text", MeterKind.PerCall)], [PayPerUsePlan.Flat(PayPerUsePlanId, 1.25m)]));
        return services;
    }

    public static IEndpointRouteBuilder MapTestZone(this IEndpointRouteBuilder endpoints)
    {
        var zone = endpoints.MapGroup("/zones/test");
        zone.MapPost("/echo", (EchoRequest request) => Echo(request)).Paid(EchoProduct, "echo");
        zone.MapPost("/batch", (BatchRequest request) =>
            request.Items is not { Count: > 0 }
                ? (IResult)Problem.Invalid([new FieldError("items", "required", "At least one item.")])
                : PaidAnswer.Json(new { echoes = request.Items, secret = ZoneSecret }, request.Items.Count)).Paid(EchoProduct, "batch");
        zone.MapPost("/guarded", (EchoRequest request) => Echo(request)).Paid(GuardedProduct, "echo");
        return endpoints;
    }

    private static IResult Echo(EchoRequest request) =>
        string.IsNullOrEmpty(request.Text)
            ? Problem.Invalid([new FieldError("text", "required", "Text is required.")])
            : PaidAnswer.Json(new { echo = request.Text, secret = ZoneSecret }, 1);
}
