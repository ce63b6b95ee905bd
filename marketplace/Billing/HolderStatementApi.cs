using DataZones.Marketplace.Access;
using DataZones.Marketplace.Problems;
using DataZones.Marketplace.Settlement;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DataZones.Marketplace.Billing;

/// <summary>
/// <c>GET /holder/statements/{period}</c>: a data holder reads its own settlement statement for a month — the lines
/// its data earned, each party's exact and rounded share — with the party taken from its credential, never from the
/// request, so a holder cannot read another's.
/// </summary>
public static class HolderStatementApi
{
    public static IEndpointRouteBuilder MapHolderStatementApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/holder/statements/{period}", async (string period, HttpContext http, SettlementReports reports, CancellationToken ct) =>
        {
            if (!BillingPeriod.TryParse(period, out var start)) return BillingAdminApi.InvalidPeriod();
            if (http.User.HolderIdOf() is not { } holderId)
            {
                return Problem.Of(ProblemTypes.Forbidden, "Statements are read with a data holder's credential; the operator reads any at /operator/billing.");
            }
            return Results.Ok(await reports.StatementAsync(start, PartyId.Holder(holderId).ToString(), ct));
        })
        .Produces<Statement>()
        .RequireAuthorization(Policies.DataHolder)
        .WithTags("Data holder: settlement")
        .WithSummary("Your settlement statement for a month (period as yyyy-MM).");
        return endpoints;
    }
}
