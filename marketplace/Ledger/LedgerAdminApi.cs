using DataZones.Marketplace.Access;
using DataZones.Marketplace.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DataZones.Marketplace.Ledger;

/// <summary>The operator's ledger routes: verify a period, seal a day now.</summary>
public static class LedgerAdminApi
{
    public sealed record VerificationRequest(DateOnly? From, DateOnly? To);

    public sealed record SealRequest(DateOnly? Day);

    /// <summary>A verification's answer: <c>intact</c> or <c>broken</c>, what was checked, and the first broken link.</summary>
    public sealed record LedgerVerificationView(string Status, DateOnly From, DateOnly To, int ChainsChecked, long RecordsChecked, int SealsChecked, BrokenLink? FirstBrokenLink);

    /// <summary>A seal run's answer: the day, and how many of its chains were sealed now.</summary>
    public sealed record LedgerSealView(DateOnly Day, int SealedNow);

    public static IEndpointRouteBuilder MapLedgerAdminApi(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/operator/ledger").RequireAuthorization(Policies.Operator).WithTags("Operator: ledger");
        admin.MapPost("/verifications", async (VerificationRequest request, LedgerVerifier verifier, CancellationToken ct) =>
        {
            if (request.From is null || request.To is null) return Problem.Invalid([new FieldError("from/to", "required", "Give from and to as yyyy-MM-dd.")]);
            if (request.To < request.From) return Problem.Invalid([new FieldError("to", "reversed-range", "'to' is before 'from'.")]);
            if (request.To.Value.DayNumber - request.From.Value.DayNumber >= LedgerVerifier.DaysMax)
            {
                return Problem.Invalid([new FieldError("to", "range-too-long", $"Verify at most {LedgerVerifier.DaysMax} days at once.")]);
            }
            var result = await verifier.VerifyAsync(request.From.Value, request.To.Value, ct);
            return Results.Ok(new LedgerVerificationView(result.Intact ? "intact" : "broken", result.From, result.To, result.ChainsChecked,
                result.RecordsChecked, result.SealsChecked, result.FirstBrokenLink));
        }).Produces<LedgerVerificationView>().WithSummary("Recompute the ledger for a period (at most 31 days): \"intact\", or the first broken link.");
        admin.MapPost("/seals", async (SealRequest request, LedgerSealer sealer, CancellationToken ct) =>
            request.Day is { } day
                ? Results.Ok(new LedgerSealView(day, await sealer.SealAsync(day, ct)))
                : Problem.Invalid([new FieldError("day", "required", "Give the day as yyyy-MM-dd.")]))
            .Produces<LedgerSealView>()
            .WithSummary("Seal the day's chains whose hour has ended, now (the LedgerSeal job does this hourly).");
        return endpoints;
    }
}
