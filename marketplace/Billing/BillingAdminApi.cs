using DataZones.Marketplace.Access;
using DataZones.Marketplace.Problems;
using DataZones.Marketplace.Usage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DataZones.Marketplace.Billing;

/// <summary>The operator's billing routes (<c>/operator/billing</c>): close a month, see and move any consumer's documents.</summary>
public static class BillingAdminApi
{
    public sealed record PeriodRequest(string? Period);

    public sealed record VoidRequest(string? Reason);

    public static IEndpointRouteBuilder MapBillingAdminApi(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/operator/billing").RequireAuthorization(Policies.Operator).WithTags("Operator: billing");
        admin.MapPost("/closes", async (PeriodRequest request, BillingCloseService close, CancellationToken ct) =>
            BillingPeriod.TryParse(request.Period, out var period) ? Closed(await close.CloseAsync(period, ct)) : InvalidPeriod())
            .Produces<BillingCloseResult>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Close an ended month into draft invoices from the roll-ups (idempotent; the BillingClose job does this monthly).");
        admin.MapPost("/periods/{period}/issue", async (string period, HttpContext http, InvoiceService invoices, CancellationToken ct) =>
            BillingPeriod.TryParse(period, out var start) ? Results.Ok(new PeriodIssueView(period, await invoices.IssuePeriodAsync(start, http.User.ActorOf(), ct))) : InvalidPeriod())
            .Produces<PeriodIssueView>()
            .WithSummary("Issue every draft invoice of a month.");
        admin.MapGet("/periods/{period}/documents", async (string period, InvoiceStore store, CancellationToken ct) =>
            BillingPeriod.TryParse(period, out var start) ? Results.Ok(await store.ListForPeriodAsync(start, ct)) : InvalidPeriod())
            .Produces<IReadOnlyList<PeriodDocument>>()
            .WithSummary("The documents of a billing month: its invoices, every revision, and their credit notes.");

        var consumer = admin.MapGroup("/consumers/{consumerId}/invoices");
        consumer.MapGet("/", async (string consumerId, InvoiceQueries queries, CancellationToken ct) =>
            TypedResults.Ok(await queries.ListAsync(consumerId, includeDrafts: true, ct))).WithSummary("A consumer's documents, drafts included.");
        consumer.MapGet("/{invoiceId}", async (string consumerId, string invoiceId, InvoiceQueries queries, CancellationToken ct) =>
            await queries.FindAsync(consumerId, invoiceId, includeDrafts: true, ct) is { } invoice ? Results.Ok(invoice) : InvoicesMeApi.NotFound(invoiceId))
            .WithSummary("One of a consumer's documents, a draft included.");
        consumer.MapGet("/{invoiceId}/usage.csv", async (string consumerId, string invoiceId, InvoiceQueries queries, CancellationToken ct) =>
            await queries.UsageAsync(consumerId, invoiceId, includeDrafts: true, ct) is { } usage
                ? Results.Bytes(UsageCsv.Write(usage), "text/csv; charset=utf-8", $"{invoiceId}-usage.csv")
                : InvoicesMeApi.NotFound(invoiceId))
            .WithSummary("The usage lines behind one of a consumer's documents, as CSV.");
        consumer.MapPost("/{invoiceId}/issue", async (string consumerId, string invoiceId, HttpContext http, InvoiceService invoices, CancellationToken ct) =>
            For(await invoices.IssueAsync(consumerId, invoiceId, http.User.ActorOf(), ct), invoiceId, "Only a draft can be issued.")).WithSummary("Issue a draft.");
        consumer.MapPost("/{invoiceId}/pay", async (string consumerId, string invoiceId, HttpContext http, InvoiceService invoices, CancellationToken ct) =>
            For(await invoices.PayAsync(consumerId, invoiceId, http.User.ActorOf(), ct), invoiceId, "Only an issued invoice can be paid.")).WithSummary("Record the payment of an issued invoice.");
        consumer.MapPost("/{invoiceId}/void", async (string consumerId, string invoiceId, VoidRequest request, HttpContext http, InvoiceService invoices, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(request.Reason)) return Problem.Invalid([new FieldError("reason", "required", "Say why the invoice is voided.")]);
            return For(await invoices.VoidAsync(consumerId, invoiceId, request.Reason, http.User.ActorOf(), ct), invoiceId, "The invoice is already void.");
        }).WithSummary("Void an invoice: answers with the credit note that cancels it. Close the month again to bill it anew.");
        return endpoints;
    }

    private static IResult Closed(BillingCloseOutcome outcome) => outcome.Closed is { } closed
        ? Results.Ok(closed)
        : Problem.Of(BillingProblems.PeriodNotEnded,
            $"{outcome.Period} ends at {outcome.MonthEndText}; it can be closed from {outcome.ClosableFromText}, once its last day's records are all in.",
            new Dictionary<string, object?> { ["period"] = outcome.Period, ["periodEnd"] = outcome.MonthEnd, ["closableFrom"] = outcome.ClosableFrom });

    /// <summary>Issuing a month's drafts answers the month and how many were issued.</summary>
    public sealed record PeriodIssueView(string Period, int Issued);

    internal static IResult InvalidPeriod() => Problem.Invalid([new FieldError("period", "invalid-period", "Give the month as yyyy-MM.")]);

    private static IResult For((InvoiceOutcome Outcome, Invoice? Document) result, string invoiceId, string invalidState) => result.Outcome switch
    {
        InvoiceOutcome.Done => Results.Ok(result.Document),
        InvoiceOutcome.NotFound => InvoicesMeApi.NotFound(invoiceId),
        InvoiceOutcome.InvalidState => Problem.Of(BillingProblems.InvoiceStateConflict, invalidState),
        _ => Problem.Of(ProblemTypes.Conflict, "The invoice changed meanwhile; read it again and retry."),
    };
}
