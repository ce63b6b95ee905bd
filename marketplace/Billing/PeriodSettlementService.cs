using DataZones.Marketplace.Settlement;
using DataZones.Marketplace.Time;
using Microsoft.Extensions.Logging;

namespace DataZones.Marketplace.Billing;

/// <summary>
/// Settles an ended month: every line of every document that settles in it (<see cref="SettlementPlacement"/>: the
/// month's own documents final before its first run, and documents of closed months that became final in it) is one
/// transaction shared by the progressive rule, under the policy frozen for its product and billing month. Each
/// document is claimed before its lines are written, so it settles once; re-running a settled month changes nothing
/// and never takes in documents that became final after its first run. Ends by netting the holders' remittances.
/// </summary>
public sealed partial class PeriodSettlementService(
    InvoiceStore invoices,
    SettlementStore store,
    SettlementWriter writer,
    SettlementCloseStore closes,
    SettledDocumentStore registry,
    RemittanceWriter remittances,
    BusinessCalendar calendar,
    TimeProvider time,
    ILogger<PeriodSettlementService> logger)
{
    private const int ReadsInParallel = 8;

    /// <summary>How far back a first settlement looks for earlier months with documents that were never settled.</summary>
    private const int MonthsCheckedBackMax = 12;

    public async Task<SettlementOutcome> SettleAsync(DateOnly periodStart, CancellationToken cancellationToken)
    {
        var period = BillingPeriod.Format(periodStart);
        var monthEnd = calendar.StartOf(periodStart.AddMonths(1));
        var now = time.GetUtcNow();
        if (now < monthEnd) return new SettlementOutcome(period, monthEnd, null);
        var closed = new Dictionary<DateOnly, DateTimeOffset>(await closes.ClosedMonthsAsync(cancellationToken));
        if (await OutOfOrderAsync(periodStart, closed, cancellationToken) is { } reason) return new SettlementOutcome(period, monthEnd, null, reason);
        closed[periodStart] = await closes.CloseAsync(periodStart, now, cancellationToken);

        var documents = await LoadCandidatesAsync(periodStart, cancellationToken);
        var final = documents.Where(d => d.IsFinal).ToList();
        var here = final.Where(d => SettlementPlacement.MonthFor(d, closed, calendar) == periodStart).ToList();
        var ours = await ClaimAsync(periodStart, here, cancellationToken);
        var settled = (await store.LinesAsync(periodStart, cancellationToken)).ToDictionary(l => l.LineKey, StringComparer.Ordinal);
        var inputs = new List<SettlementInput>();
        var conflicts = new List<string>();
        var already = 0;
        foreach (var d in ours)
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
        var previous = closed.Keys.Where(m => m < periodStart).Select(m => (DateOnly?)m).Max();
        await remittances.WriteAsync(periodStart, previous, cancellationToken);
        var drafts = documents.Count - final.Count;
        LogSettled(logger, period, count, already, drafts, conflicts.Count);
        return new SettlementOutcome(period, monthEnd,
            new SettlementResult(period, documents.Count, drafts, final.Count - ours.Count, count, already, conflicts, missing));
    }

    /// <summary>
    /// Why the month cannot be settled now, or null. Carries run forward, so months settle in order: not after a later
    /// month (unless this one is being re-run), and not while an earlier month with documents waits.
    /// </summary>
    private async Task<string?> OutOfOrderAsync(DateOnly periodStart, IReadOnlyDictionary<DateOnly, DateTimeOffset> closed, CancellationToken cancellationToken)
    {
        if (closed.ContainsKey(periodStart)) return null;
        if (closed.Keys.Where(m => m > periodStart).Select(m => (DateOnly?)m).Min() is { } later)
        {
            return $"{BillingPeriod.Format(later)} is settled already, so {BillingPeriod.Format(periodStart)} can no longer be; its documents settle in the month they become final.";
        }
        var from = closed.Keys.Where(m => m < periodStart).Select(m => (DateOnly?)m.AddMonths(1)).Max() ?? periodStart.AddMonths(-MonthsCheckedBackMax);
        for (var month = from; month < periodStart; month = month.AddMonths(1))
        {
            if ((await invoices.ListForPeriodAsync(month, cancellationToken)).Count > 0 || (await invoices.ListFinalInAsync(month, cancellationToken)).Count > 0)
            {
                return $"{BillingPeriod.Format(month)} has documents and is not settled; settle it first.";
            }
        }
        return null;
    }

    /// <summary>The documents that claim this month as theirs (ours), after claiming those no month holds yet.</summary>
    private async Task<List<Invoice>> ClaimAsync(DateOnly periodStart, IReadOnlyList<Invoice> here, CancellationToken cancellationToken)
    {
        var ours = new List<Invoice>();
        foreach (var billingMonth in here.Select(d => d.PeriodStart).Distinct())
        {
            var holders = await registry.ForBillingMonthAsync(billingMonth, cancellationToken);
            foreach (var d in here.Where(d => d.PeriodStart == billingMonth))
            {
                var settledIn = holders.TryGetValue(d.Id, out var month) ? month : await registry.ClaimAsync(d.Id, billingMonth, periodStart, cancellationToken);
                if (settledIn == periodStart) ours.Add(d);
            }
        }
        return ours;
    }

    /// <summary>
    /// The documents of the billing month and those that became final in it, read from their consumers' partitions
    /// (authoritative, unlike the indexes' state).
    /// </summary>
    private async Task<IReadOnlyList<Invoice>> LoadCandidatesAsync(DateOnly periodStart, CancellationToken cancellationToken)
    {
        var index = (await invoices.ListForPeriodAsync(periodStart, cancellationToken)).Concat(await invoices.ListFinalInAsync(periodStart, cancellationToken))
            .DistinctBy(d => (d.ConsumerId, d.DocumentId)).ToList();
        var loaded = new Invoice?[index.Count];
        await Parallel.ForAsync(0, index.Count, new ParallelOptions { MaxDegreeOfParallelism = ReadsInParallel, CancellationToken = cancellationToken }, async (i, ct) =>
            loaded[i] = (await invoices.FindAsync(index[i].ConsumerId, index[i].DocumentId, ct))?.Document);
        return [.. loaded.OfType<Invoice>()];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Settlement of {Period}: {Settled} lines settled, {Already} already settled, {Drafts} documents not final, {Conflicts} conflicts.")]
    private static partial void LogSettled(ILogger logger, string period, int settled, int already, int drafts, int conflicts);
}
