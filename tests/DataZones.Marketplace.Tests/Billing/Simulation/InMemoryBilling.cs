using DataZones.Marketplace.Billing;
using DataZones.Marketplace.Pricing;
using DataZones.Marketplace.Settlement;
using DataZones.Marketplace.Subscriptions;
using DataZones.Marketplace.Time;
using DataZones.Marketplace.Usage;
using Microsoft.Extensions.Options;

namespace DataZones.Marketplace.Tests.Billing.Simulation;

/// <summary>
/// The platform's billing rules run in memory: the production pure code — <see cref="InvoiceRating"/> (and through it
/// <see cref="PlanRating"/> and <see cref="InvoiceLine.From"/>), <see cref="CreditNotes"/>,
/// <see cref="SettlementPlacement"/>, <see cref="ProgressiveAllocator"/> with <see cref="AllocationPolicy.DemoDefault"/>,
/// <see cref="RemittanceNetting"/> — composed in the order the services compose them, with lists in place of tables.
/// What it cannot show is the services' storage work (claims, ETags, indexes, the frozen-policy rows); the
/// storage-backed runs (<see cref="StorageBilling"/>) do, on fewer sequences.
/// </summary>
public sealed class InMemoryBilling(int consumers) : IBillingUnderTest
{
    private static readonly BusinessCalendar Calendar = new(Options.Create(new BusinessCalendarOptions()));
    private readonly Dictionary<(string, string), PricePlan> plans = BillingProducts.ProductPlans().Select(p => ((BillingProducts.Product, p.Id), p))
        .Concat(BillingProducts.FusionPlans().Select(p => ((BillingProducts.FusionProduct, p.Id), p))).ToDictionary(p => p.Item1, p => p.p);
    private readonly List<UsageRollup> usage = [];
    private readonly List<(int Consumer, string Id, string Plan, DateTimeOffset Created, DateTimeOffset? Cancelled)> subscriptions = [];
    private readonly List<Invoice> documents = [];
    private readonly Dictionary<DateOnly, DateTimeOffset> closed = [];
    private readonly HashSet<string> settled = new(StringComparer.Ordinal);
    private readonly List<(DateOnly Month, StatementEntry Entry)> statements = [];
    private readonly Dictionary<DateOnly, List<(string Party, decimal Shares, decimal Brought, decimal Amount, decimal Carried)>> remittances = [];

    public Task ApplyAsync(SimEvent step)
    {
        switch (step)
        {
            case SubscribeEvent s: subscriptions.Add((s.Consumer, SimSnapshots.SubscriptionLabel(subscriptions.Count), s.PlanId, s.At, null)); break;
            case CancelEvent c:
                var i = subscriptions.FindLastIndex(x => x.Consumer == c.Consumer && x.Cancelled is null);
                if (i >= 0) subscriptions[i] = subscriptions[i] with { Cancelled = c.At };
                break;
            case CallEvent c:
                var price = plans[(c.ProductId, c.PlanId)] is PayPerUsePlan p ? p.Tiers[0].UnitPrice : 0m;
                var consumer = ReferenceBiller.ConsumerName(c.Consumer);
                var subscription = plans[(c.ProductId, c.PlanId)] is MonthlyPlan
                    ? subscriptions.Last(x => x.Consumer == c.Consumer && x.Cancelled is null).Id
                    : SimSnapshots.PayPerUseSubscription(consumer);
                usage.Add(new UsageRollup(Calendar.DayOf(c.At), consumer, c.ProductId, subscription, c.PlanId, 0, 1, c.Units, c.Units * price));
                break;
            case CloseEvent c: Close(c.Month, c.At); break;
            case IssueEvent x when Live(x.Consumer, x.Month) is { State: InvoiceState.Draft } draft: Replace(draft, draft with { State = InvoiceState.Issued, IssuedAt = x.At }); break;
            case PayEvent x when Live(x.Consumer, x.Month) is { State: InvoiceState.Issued } issued: Replace(issued, issued with { State = InvoiceState.Paid, PaidAt = x.At }); break;
            case VoidEvent x when Live(x.Consumer, x.Month) is { } live: Void(live, x.At); break;
            case SettleEvent s: Settle(s.Month, s.At); break;
        }
        return Task.CompletedTask;
    }

    private void Close(DateOnly month, DateTimeOffset at)
    {
        var starts = Calendar.StartOf(month);
        var ends = Calendar.StartOf(month.AddMonths(1));
        for (var c = 0; c < consumers; c++)
        {
            var consumer = ReferenceBiller.ConsumerName(c);
            if (Live(c, month) is not null) continue;
            var rollups = usage.Where(u => u.ConsumerId == consumer && BusinessCalendar.MonthOf(u.Day) == month);
            // MonthlySubscriptions over these lists: the status history decides (the storage runs check the service itself).
            var monthly = subscriptions.Where(s => s.Consumer == c && SubscriptionHistory.FirstApprovedInstant(History(s.Created, s.Cancelled), starts, ends) is not null)
                .Where(s => plans[(BillingProducts.Product, s.Plan)] is MonthlyPlan).Select(s => new InvoiceLineKey(BillingProducts.Product, s.Id, s.Plan, 0));
            var (lines, _) = InvoiceRating.Lines(rollups, (product, plan, version) => version == 0 ? plans.GetValueOrDefault((product, plan)) : null, monthly);
            if (lines.Count == 0) continue;
            var revision = documents.Count(d => d.Kind == InvoiceKind.Invoice && d.ConsumerId == consumer && d.PeriodStart == month) + 1;
            documents.Add(new Invoice(InvoiceIds.Invoice(month, consumer, revision), InvoiceKind.Invoice, consumer, month, revision, InvoiceState.Draft,
                lines.Sum(l => l.Amount), lines, at));
        }
    }

    /// <summary>A general-grade subscription's history: approved at once, cancelled later if ever.</summary>
    private static List<SubscriptionStatusChange> History(DateTimeOffset created, DateTimeOffset? cancelled) =>
    [
        new(SubscriptionStatus.Requested, created),
        new(SubscriptionStatus.Active, created),
        .. cancelled is { } at ? [new SubscriptionStatusChange(SubscriptionStatus.Cancelled, at)] : Array.Empty<SubscriptionStatusChange>(),
    ];

    private void Void(Invoice invoice, DateTimeOffset at)
    {
        if (!invoice.IsFinal)
        {
            Replace(invoice, invoice with { State = InvoiceState.Void, VoidedAt = at });
            return;
        }
        var creditNote = CreditNotes.For(invoice, at);
        Replace(invoice, invoice with { State = InvoiceState.Void, VoidedAt = at, RelatedId = creditNote.Id });
        documents.Add(creditNote);
    }

    private void Settle(DateOnly month, DateTimeOffset at)
    {
        closed.TryAdd(month, at);
        foreach (var d in documents.Where(d => d.IsFinal && !settled.Contains(d.Id) && SettlementPlacement.MonthFor(d, closed, Calendar) == month).ToList())
        {
            settled.Add(d.Id);
            foreach (var line in d.Lines)
            {
                var holders = line.ProductId == BillingProducts.FusionProduct ? BillingProducts.FusionHolders : BillingProducts.ProductHolders;
                var allocation = ProgressiveAllocator.Allocate(AllocationPolicy.DemoDefault(line.ProductId, holders), line.Amount);
                statements.AddRange(allocation.Parts.Select(p => (month, new StatementEntry(p.Party.ToString(), d.Id, line.LineNumber, d.ConsumerId, line.ProductId,
                    line.Amount, p.ExactAmount, p.Amount, 0))));
            }
        }
        var previous = closed.Keys.Where(m => m < month).Select(m => (DateOnly?)m).Max();
        var brought = previous is { } p ? remittances[p].Where(r => r.Carried < 0).ToDictionary(r => r.Party, r => r.Carried) : [];
        var holdersHere = statements.Where(s => s.Month == month && s.Entry.Party.StartsWith("holder:", StringComparison.Ordinal)).Select(s => s.Entry.Party).Union(brought.Keys);
        remittances[month] = [.. holdersHere.Distinct().Select(holder =>
        {
            var shares = statements.Where(s => s.Month == month && s.Entry.Party == holder).Sum(s => s.Entry.Amount);
            var broughtForward = brought.GetValueOrDefault(holder, 0.00m);
            var (amount, carried) = RemittanceNetting.Net(shares, broughtForward);
            return (holder, shares, broughtForward, amount, carried);
        })];
    }

    private Invoice? Live(int consumer, DateOnly month) => documents.SingleOrDefault(d =>
        d.Kind == InvoiceKind.Invoice && d.ConsumerId == ReferenceBiller.ConsumerName(consumer) && d.PeriodStart == month && d.State != InvoiceState.Void);

    private void Replace(Invoice before, Invoice after) => documents[documents.IndexOf(before)] = after;

    public Task<BillingSnapshot> SnapshotAsync()
    {
        var snapshot = new BillingSnapshot();
        foreach (var d in documents) SimSnapshots.AddDocument(snapshot, d, id => id);
        foreach (var g in statements.GroupBy(s => (s.Month, s.Entry.Party)))
        {
            snapshot.Statement(g.Key.Month, g.Key.Party, g.Select(s => (s.Entry.DocumentId, s.Entry.LineNumber, s.Entry.Amount)));
        }
        foreach (var (month, rows) in remittances)
        {
            foreach (var r in rows) snapshot.Remittance(month, r.Party["holder:".Length..], r.Shares, r.Brought, r.Amount, r.Carried);
        }
        return Task.FromResult(snapshot);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
