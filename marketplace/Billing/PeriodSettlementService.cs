using DataZones.Marketplace.Settlement;
using Microsoft.Extensions.Logging;

namespace DataZones.Marketplace.Billing;

/// <summary>
/// Settles a month: every line of every issued, paid or void invoice of the month, and of every credit note made in
/// it, is one transaction shared by the progressive rule. Lines already settled are left alone, so re-running a
/// settled month changes nothing; a credit note made later is settled in its own month as a negative, adjusting
/// entry with the policy version of the invoice it cancels.
/// </summary>
public sealed partial class PeriodSettlementService(InvoiceStore invoices, SettlementStore store, SettlementWriter writer, ILogger<PeriodSettlementService> logger)
{
    private const int ReadsInParallel = 8;

    public async Task<SettlementResult> SettleAsync(DateOnly periodStart, CancellationToken cancellationToken)
    {
        var period = BillingPeriod.Format(periodStart);
        var documents = await LoadDocumentsAsync(periodStart, cancellationToken);
        var settled = (await store.LinesAsync(periodStart, cancellationToken)).ToDictionary(l => l.LineKey, StringComparer.Ordinal);
        var inputs = new List<SettlementInput>();
        var conflicts = new List<string>();
        var already = 0;
        foreach (var d in documents.Where(d => d.IsSettleable))
        {
            foreach (var line in d.Lines)
            {
                var input = new SettlementInput(d.Id, line.LineNumber, d.ConsumerId, line.ProductId, d.PeriodStart, line.Amount);
                if (!settled.TryGetValue(input.LineKey, out var done)) inputs.Add(input);
                else if (done.Revenue == input.Revenue && done.ProductId == input.ProductId) already++;
                else conflicts.Add($"{input.LineKey}: settled {done.ProductId} {done.Revenue}, document says {input.ProductId} {input.Revenue}");
            }
        }
        var (count, missing) = await writer.SettleAsync(periodStart, inputs, cancellationToken);
        var drafts = documents.Count(d => !d.IsSettleable);
        LogSettled(logger, period, count, already, drafts, conflicts.Count);
        return new SettlementResult(period, documents.Count, drafts, count, already, conflicts, missing);
    }

    /// <summary>The month's documents, read from their consumers' partitions (authoritative, unlike the index's state).</summary>
    private async Task<IReadOnlyList<Invoice>> LoadDocumentsAsync(DateOnly periodStart, CancellationToken cancellationToken)
    {
        var index = await invoices.ListForPeriodAsync(periodStart, cancellationToken);
        var loaded = new Invoice?[index.Count];
        await Parallel.ForAsync(0, index.Count, new ParallelOptions { MaxDegreeOfParallelism = ReadsInParallel, CancellationToken = cancellationToken }, async (i, ct) =>
            loaded[i] = (await invoices.FindAsync(index[i].ConsumerId, index[i].DocumentId, ct))?.Document);
        return [.. loaded.OfType<Invoice>()];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Settlement of {Period}: {Settled} lines settled, {Already} already settled, {Drafts} drafts waiting, {Conflicts} conflicts.")]
    private static partial void LogSettled(ILogger logger, string period, int settled, int already, int drafts, int conflicts);
}
