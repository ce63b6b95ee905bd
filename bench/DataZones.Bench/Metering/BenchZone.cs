using System.Security.Cryptography;
using System.Text;
using DataZones.Marketplace.Catalog;
using DataZones.Marketplace.Pipeline;
using DataZones.Marketplace.Pricing;

namespace DataZones.Bench.Metering;

/// <summary>
/// A product that exists only in the benchmark: a small, fixed amount of zone work (hash the input, answer a small
/// JSON document), served twice — bare, and through the paid-call pipeline — so the difference is the pipeline.
/// </summary>
public static class BenchZone
{
    public const string ProductId = "bench.lookup";
    public const string PlanId = "payg";

    /// <summary>The MCP tool generated from the metered endpoint (product and operation).</summary>
    public const string ToolName = "bench_lookup_lookup";

    public sealed record LookupRequest(string Subject);

    public static void AddBenchZone(this IServiceCollection services) =>
        services.AddProduct(new ProductDescriptor(ProductId, "Benchmark lookup", "bench", "A fixed small answer.", ["bench-holder"],
            Classification.General, [new OperationDescriptor("lookup", "Look one subject up", MeterKind.PerCall)], [PayPerUsePlan.Flat(PlanId, 0.10m)]));

    public static void MapBenchZone(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/bench/bare", (LookupRequest request) => Answer(request));
        endpoints.MapPost("/bench/metered", (LookupRequest request) => Answer(request)).Paid(ProductId, "lookup");
    }

    private static PaidAnswer Answer(LookupRequest request)
    {
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(request.Subject)));
        return PaidAnswer.Json(new { subject = request.Subject, match = digest[0] < '8', score = digest[..4], band = "B" }, 1);
    }
}
