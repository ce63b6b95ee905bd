using System.Globalization;
using DataZones.Marketplace.Catalog;
using DataZones.Marketplace.Usage;

namespace DataZones.Marketplace.Billing;

/// <summary>
/// Checks each consumer's live invoice for a month against its roll-ups rated again (<see cref="InvoiceRating"/>, the
/// close's own rule, under the price-list versions the usage names): same lines, units and amounts, and a total equal
/// to the sum of its lines.
/// </summary>
public sealed class InvoiceReconciler(InvoiceStore invoices, CatalogService catalog, MonthlySubscriptions monthlySubscriptions)
{
    public async Task<int> CheckAsync(DateOnly periodStart, IReadOnlyDictionary<string, IReadOnlyList<UsageRollup>> rollupsByConsumer,
        List<ReconciliationMismatch> mismatches, CancellationToken cancellationToken)
    {
        var products = (await catalog.ListAsync(cancellationToken)).ToDictionary(p => p.Id, StringComparer.Ordinal);
        var checkedLines = 0;
        foreach (var (consumer, rollups) in rollupsByConsumer)
        {
            var fees = await monthlySubscriptions.OwingAsync(consumer, periodStart, products, cancellationToken);
            var (expected, unrated) = InvoiceRating.Lines(rollups, (product, plan, version) => products.GetValueOrDefault(product)?.FindPlan(plan, version), fees);
            foreach (var key in unrated)
            {
                mismatches.Add(new("invoice-vs-rollups", $"{consumer} {key}", "a plan to rate the usage", "plan version not in the catalog"));
            }
            var live = (await invoices.InvoicesForMonthAsync(consumer, periodStart, cancellationToken))
                .Select(f => f.Document).FirstOrDefault(d => d.State != InvoiceState.Void);
            if (live is null)
            {
                if (expected.Count > 0) mismatches.Add(new("invoice-vs-rollups", consumer, $"an invoice of ¥{expected.Sum(l => l.Amount)}", "no live invoice"));
                continue;
            }
            checkedLines += CompareLines(live, expected, mismatches);
            if (live.Total != live.Lines.Sum(l => l.Amount))
            {
                mismatches.Add(new("invoice-total", live.Id, Money(live.Lines.Sum(l => l.Amount)), Money(live.Total)));
            }
        }
        return checkedLines;
    }

    private static int CompareLines(Invoice live, IReadOnlyList<InvoiceLine> expected, List<ReconciliationMismatch> mismatches)
    {
        var actual = live.Lines.ToDictionary(l => l.Key);
        foreach (var e in expected)
        {
            var subject = $"{live.Id} {e.Key}";
            if (!actual.Remove(e.Key, out var a)) mismatches.Add(new("invoice-vs-rollups", subject, Describe(e), "no line"));
            else if (Describe(a) != Describe(e)) mismatches.Add(new("invoice-vs-rollups", subject, Describe(e), Describe(a)));
        }
        foreach (var extra in actual.Values)
        {
            mismatches.Add(new("invoice-vs-rollups", $"{live.Id} {extra.Key}", "no usage to bill", Describe(extra)));
        }
        return live.Lines.Count;
    }

    private static string Describe(InvoiceLine l) =>
        string.Create(CultureInfo.InvariantCulture, $"{l.Units} units, {l.BilledUnits} billed, metered ¥{l.MeteredAmount.ToString("0.##########", CultureInfo.InvariantCulture)}, ¥{Money(l.Amount)}");

    private static string Money(decimal yuan) => yuan.ToString("0.00", CultureInfo.InvariantCulture);
}
