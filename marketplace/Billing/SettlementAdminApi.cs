using DataZones.Marketplace.Access;
using DataZones.Marketplace.Problems;
using DataZones.Marketplace.Settlement;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DataZones.Marketplace.Billing;

/// <summary>The operator's settlement routes: settle a month, statements, the treasury remittance list, income, reconciliation.</summary>
public static class SettlementAdminApi
{
    public static IEndpointRouteBuilder MapSettlementAdminApi(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/operator/billing").RequireAuthorization(Policies.Operator).WithTags("Operator: settlement");
        admin.MapPost("/settlements", async (BillingAdminApi.PeriodRequest request, PeriodSettlementService settlement, CancellationToken ct) =>
            BillingPeriod.TryParse(request.Period, out var period) ? Settled(await settlement.SettleAsync(period, ct)) : BillingAdminApi.InvalidPeriod())
            .Produces<SettlementResult>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Settle an ended month: the documents final in it, by the progressive rule (re-running changes nothing).");
        admin.MapGet("/periods/{period}/statements/{party}", async (string period, string party, SettlementReports reports, CancellationToken ct) =>
            BillingPeriod.TryParse(period, out var start) ? Results.Ok(await reports.StatementAsync(start, party, ct)) : BillingAdminApi.InvalidPeriod())
            .Produces<Statement>()
            .WithSummary("One party's statement for a month; party as holder:<id>, operator:<id> or merchant:<id>.");
        admin.MapGet("/periods/{period}/remittances", async (string period, SettlementReports reports, CancellationToken ct) =>
            BillingPeriod.TryParse(period, out var start) ? Results.Ok(await reports.RemittancesAsync(start, ct)) : BillingAdminApi.InvalidPeriod())
            .Produces<IReadOnlyList<RemittanceLine>>()
            .WithSummary("The treasury remittance list: each holder's share of a month as data asset use income (数据资产使用收入).");
        admin.MapGet("/periods/{period}/remittances.csv", async (string period, SettlementReports reports, CancellationToken ct) =>
            BillingPeriod.TryParse(period, out var start)
                ? Results.Bytes(RemittanceCsv.Write(await reports.RemittancesAsync(start, ct)), "text/csv; charset=utf-8", $"remittances-{period}.csv")
                : BillingAdminApi.InvalidPeriod())
            .WithSummary("The treasury remittance list as CSV.");
        admin.MapGet("/periods/{period}/income", async (string period, SettlementReports reports, CancellationToken ct) =>
            BillingPeriod.TryParse(period, out var start) ? Results.Ok(await reports.IncomeAsync(start, ct)) : BillingAdminApi.InvalidPeriod())
            .Produces<IncomeSummary>()
            .WithSummary("The operator's income summary for a month, by role and by product.");
        admin.MapPost("/reconciliations", async (BillingAdminApi.PeriodRequest request, ReconciliationService reconciliation, CancellationToken ct) =>
            BillingPeriod.TryParse(request.Period, out var period) ? Results.Ok(await reconciliation.ReconcileAsync(period, ct)) : BillingAdminApi.InvalidPeriod())
            .Produces<ReconciliationReport>()
            .WithSummary("Reconcile a month: roll-ups vs raw usage, invoices vs roll-ups, shares vs lines, remittances vs shares.");
        return endpoints;
    }

    private static IResult Settled(SettlementOutcome outcome)
    {
        if (outcome.Settled is { } settled) return Results.Ok(settled);
        if (outcome.OutOfOrder is { } reason)
        {
            return Problem.Of(BillingProblems.SettlementOutOfOrder, reason, new Dictionary<string, object?> { ["period"] = outcome.Period });
        }
        return Problem.Of(BillingProblems.PeriodNotEnded, $"{outcome.Period} ends at {outcome.MonthEndText}; it can be settled from then on.",
            new Dictionary<string, object?> { ["period"] = outcome.Period, ["periodEnd"] = outcome.MonthEnd });
    }
}
