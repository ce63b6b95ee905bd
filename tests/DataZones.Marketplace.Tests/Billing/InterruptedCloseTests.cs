using Azure.Core;
using DataZones.Marketplace.Billing;
using DataZones.Marketplace.Ids;
using DataZones.Marketplace.Persistence;
using DataZones.Marketplace.Pricing;
using DataZones.Testing;
using Microsoft.Extensions.Options;

namespace DataZones.Marketplace.Tests.Billing;

public sealed class InterruptedCloseTests
{
    [Fact]
    public async Task Close_AfterAnAttemptInterruptedBeforeItsHeader_TheInvoiceHasOnlyItsOwnLines()
    {
        await using var scenario = await BillingScenario.StartAsync();
        var (consumer, _) = await scenario.ConsumerAsync();
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Unit, new DateOnly(2026, 10, 5), 2);
        // An earlier attempt for the same document wrote three lines (its usage then differed) and stopped before
        // its header: storage refused the header's insert.
        var faults = new StorageFaults();
        var interrupted = new InvoiceStore(new PlatformTables(faults.TableService(), scenario.Service<IOptions<PersistenceOptions>>()), scenario.Service<IIdGenerator>());
        var id = InvoiceIds.Invoice(BillingScenario.October, consumer, 1);
        InvoiceLine[] stale = [.. Enumerable.Range(1, 3).Select(n => InvoiceLine.From(n, new InvoiceLineKey("test.stale-" + n, "sub-x", BillingProducts.Unit, 0),
            PlanRating.Rate(PayPerUsePlan.Flat(BillingProducts.Unit, 1m), 5), 5m))];
        faults.Refuse(r => r.Method == RequestMethod.Post && r.Uri.Path.EndsWith("invoices", StringComparison.Ordinal));
        await Assert.ThrowsAnyAsync<Exception>(() => interrupted.AddAsync(new Invoice(id, InvoiceKind.Invoice, consumer, BillingScenario.October, 1,
            InvoiceState.Draft, 15m, stale, DateTimeOffset.UnixEpoch), CancellationToken.None));

        await scenario.CloseAsync(BillingScenario.October);

        var invoice = await scenario.LiveInvoiceAsync(consumer, BillingScenario.October);
        Assert.Equal(id, invoice.Id);
        var line = Assert.Single(invoice.Lines);
        Assert.Equal((BillingProducts.Product, 2L, 2.00m), (line.ProductId, line.Units, line.Amount));
        Assert.Equal(2.00m, invoice.Total);
    }
}
