using System.Collections.Concurrent;
using DataZones.Marketplace.Catalog;
using DataZones.Marketplace.Consumers;
using DataZones.Marketplace.Time;
using DataZones.Marketplace.Usage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DataZones.Marketplace.Billing;

/// <summary>
/// The monthly close: for every consumer, one draft invoice for the month from its daily roll-ups (partition
/// <c>c-&lt;consumer&gt;</c>, one range read), never from raw calls, so a close costs consumers × products × days
/// whatever the call volume. Idempotent: a consumer whose month already has a live (not void) invoice is left
/// alone; after a void the month is closed again as the next revision. Because of that, a month is only closed once
/// it has ended in business time: an early close would leave the rest of the month's usage unbilled for good.
/// </summary>
public sealed partial class BillingCloseService(
    ConsumerStore consumers,
    UsageRollupStore rollups,
    UsageRollupService rollupService,
    InvoiceStore invoices,
    CatalogService catalog,
    MonthlySubscriptions monthlySubscriptions,
    BusinessCalendar calendar,
    TimeProvider time,
    IOptions<BillingOptions> options,
    ILogger<BillingCloseService> logger)
{
    private enum Outcome { Created, Unchanged, Empty }

    /// <summary>
    /// Closes the month that starts on <paramref name="periodStart"/>, or refuses until its last day's roll-up can be
    /// final (<see cref="RollupFinality"/>: a few minutes after the month ends).
    /// </summary>
    public async Task<BillingCloseOutcome> CloseAsync(DateOnly periodStart, CancellationToken cancellationToken)
    {
        var period = BillingPeriod.Format(periodStart);
        var monthEnd = calendar.StartOf(periodStart.AddMonths(1));
        var closableFrom = RollupFinality.FinalFrom(calendar, periodStart.AddMonths(1).AddDays(-1));
        if (time.GetUtcNow() < closableFrom) return new BillingCloseOutcome(period, monthEnd, closableFrom, null);
        return new BillingCloseOutcome(period, monthEnd, closableFrom, await CloseEndedMonthAsync(periodStart, period, cancellationToken));
    }

    private async Task<BillingCloseResult> CloseEndedMonthAsync(DateOnly periodStart, string period, CancellationToken cancellationToken)
    {
        // The close checks its input first: every day's roll-up final, the last day's above all.
        var recomputed = await rollupService.FinalizeMonthAsync(periodStart, cancellationToken);
        var all = await consumers.ListAsync(cancellationToken);
        var products = (await catalog.ListAsync(cancellationToken)).ToDictionary(p => p.Id, StringComparer.Ordinal);
        var unrated = new ConcurrentBag<string>();
        int created = 0, unchanged = 0, lines = 0, done = 0;
        long totalFen = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.CloseParallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(all, parallel, async (consumer, ct) =>
        {
            var (outcome, invoice) = await CloseConsumerAsync(consumer.Id, periodStart, products, unrated, ct);
            if (outcome == Outcome.Created)
            {
                Interlocked.Increment(ref created);
                Interlocked.Add(ref lines, invoice!.Lines.Count);
                Interlocked.Add(ref totalFen, Pricing.Fen.ToFen(invoice.Total));
            }
            else if (outcome == Outcome.Unchanged)
            {
                Interlocked.Increment(ref unchanged);
            }
            var finished = Interlocked.Increment(ref done);
            if (finished % 100 == 0 || finished == all.Count) LogProgress(logger, period, finished, all.Count);
        });
        var result = new BillingCloseResult(period, all.Count, created, unchanged, lines, Pricing.Fen.FromFen(totalFen), [.. unrated.Order(StringComparer.Ordinal)],
            recomputed);
        LogClosed(logger, period, created, unchanged, result.TotalCreated, result.Unrated.Count);
        return result;
    }

    private async Task<(Outcome, Invoice?)> CloseConsumerAsync(string consumerId, DateOnly periodStart,
        IReadOnlyDictionary<string, CatalogProduct> products, ConcurrentBag<string> unrated, CancellationToken cancellationToken)
    {
        var existing = await invoices.InvoicesForMonthAsync(consumerId, periodStart, cancellationToken);
        if (existing.FirstOrDefault(e => e.Document.State != InvoiceState.Void) is { Document: { } live })
        {
            await invoices.IndexAsync(live, cancellationToken); // repairs an index row an interrupted run left out
            return (Outcome.Unchanged, live);
        }
        var month = await rollups.ForConsumerAsync(consumerId, periodStart, periodStart.AddMonths(1).AddDays(-1), cancellationToken);
        var fees = await monthlySubscriptions.OwingAsync(consumerId, periodStart, products, cancellationToken);
        var (lines, missing) = InvoiceRating.Lines(month, (product, plan, version) => products.GetValueOrDefault(product)?.FindPlan(plan, version), fees);
        foreach (var key in missing) unrated.Add($"{consumerId} {key}");
        if (lines.Count == 0) return (Outcome.Empty, null);

        var revision = existing.Count + 1;
        var invoice = new Invoice(InvoiceIds.Invoice(periodStart, consumerId, revision), InvoiceKind.Invoice, consumerId, periodStart,
            revision, InvoiceState.Draft, lines.Sum(l => l.Amount), lines, time.GetUtcNow());
        return await invoices.AddAsync(invoice, cancellationToken) ? (Outcome.Created, invoice) : (Outcome.Unchanged, invoice);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Close of {Period}: {Done} of {Total} consumers done.")]
    private static partial void LogProgress(ILogger logger, string period, int done, int total);

    [LoggerMessage(Level = LogLevel.Information, Message = "Close of {Period}: {Created} invoices made, {Unchanged} already closed, ¥{Total} new, {Unrated} unrated lines.")]
    private static partial void LogClosed(ILogger logger, string period, int created, int unchanged, decimal total, int unrated);
}
