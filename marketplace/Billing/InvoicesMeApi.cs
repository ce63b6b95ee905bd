using DataZones.Marketplace.Access;
using DataZones.Marketplace.Problems;
using DataZones.Marketplace.Usage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DataZones.Marketplace.Billing;

/// <summary>
/// A consumer's invoices and credit notes (<c>/me/invoices</c>). The consumer id comes from the credential only, and
/// documents are looked up in that consumer's partition, so another consumer's id or invoice number finds nothing.
/// </summary>
public static class InvoicesMeApi
{
    public static IEndpointRouteBuilder MapInvoicesMeApi(this IEndpointRouteBuilder endpoints)
    {
        var me = endpoints.MapGroup("/me/invoices").RequireAuthorization(Policies.Consumer).WithTags("Consumer: me");
        me.MapGet("/", async (HttpContext http, InvoiceQueries queries, CancellationToken ct) =>
            TypedResults.Ok(await queries.ListAsync(http.User.ConsumerIdOf()!, includeDrafts: false, ct)))
            .WithSummary("Your invoices and credit notes, newest month first, with their lines.");
        me.MapGet("/{invoiceId}", async (string invoiceId, HttpContext http, InvoiceQueries queries, CancellationToken ct) =>
            await queries.FindAsync(http.User.ConsumerIdOf()!, invoiceId, includeDrafts: false, ct) is { } invoice
                ? Results.Ok(invoice)
                : NotFound(invoiceId))
            .WithSummary("One of your invoices or credit notes.");
        me.MapGet("/{invoiceId}/usage.csv", async (string invoiceId, HttpContext http, InvoiceQueries queries, CancellationToken ct) =>
            await queries.UsageAsync(http.User.ConsumerIdOf()!, invoiceId, includeDrafts: false, ct) is { } usage
                ? Results.Bytes(UsageCsv.Write(usage), "text/csv; charset=utf-8", $"{invoiceId}-usage.csv")
                : NotFound(invoiceId))
            .WithSummary("The usage behind one of your invoices, by day and product, as CSV.");
        return endpoints;
    }

    internal static IResult NotFound(string documentId) => Problem.Of(ProblemTypes.NotFound, $"There is no document '{documentId}' here.");
}
