using DataZones.Marketplace.Billing;
using DataZones.Marketplace.Catalog;
using DataZones.Marketplace.Metering;
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
    private readonly Dictionary<string, CatalogProduct> products = new(StringComparer.Ordinal)
    {
        [BillingProducts.Product] = Product(BillingProducts.Product, BillingProducts.ProductPlans()),
        [BillingProducts.FusionProduct] = Product(BillingProducts.FusionProduct, BillingProducts.FusionPlans()),
        [BillingProducts.GuardedProduct] = Product(BillingProducts.GuardedProduct, BillingProducts.GuardedPlans()),
    };
    private readonly List<UsageRollup> usage = [];
    private readonly PeriodUnitCounter meter = new();
    private readonly List<(int Consumer, string Id, string Product, string Plan, List<SubscriptionStatusChange> History)> subscriptions = [];
    private readonly List<Invoice> documents = [];
    private readonly Dictionary<DateOnly, DateTimeOffset> closed = [];
    private readonly HashSet<string> settled = new(StringComparer.Ordinal);
    private readonly List<(DateOnly Month, StatementEntry Entry)> statements = [];
    private readonly Dictionary<DateOnly, List<(string Party, decimal Shares, decimal Brought, decimal Amount, decimal Carried)>> remittances = [];

    public Task ApplyAsync(SimEvent step)
    {
        switch (step)
        {
            case SubscribeEvent s: Subscribe(s.Consumer, BillingProducts.Product, s.PlanId, s.At, SubscriptionStatus.Active); break;
            case CancelEvent c: Move(c.Consumer, BillingProducts.Product, SubscriptionStatus.Cancelled, c.At); break;
            case RequestGuardedEvent r: Subscribe(r.Consumer, BillingProducts.GuardedProduct, BillingProducts.Monthly, r.At, null); break;
            case ApproveGuardedEvent a: Move(a.Consumer, BillingProducts.GuardedProduct, SubscriptionStatus.Active, a.At); break;
            case WithdrawGuardedEvent w: Move(w.Consumer, BillingProducts.GuardedProduct, SubscriptionStatus.Cancelled, w.At); break;
            case ChangePriceEvent p:
                var product = products[BillingProducts.Product];
                var version = product.PriceLists.Count;
                products[BillingProducts.Product] = product with
                {
                    PriceLists = [.. product.PriceLists, new PriceList(version, Calendar.StartOf(p.EffectiveMonth), version % 2 == 1 ? BillingProducts.RaisedProductPlans() : BillingProducts.ProductPlans())],
                };
                break;
            case CallEvent c:
                var priced = products[c.ProductId].FindPlan(c.PlanId, c.At)!;
                var consumer = ReferenceBiller.ConsumerName(c.Consumer);
                var subscription = priced.Plan is MonthlyPlan
                    ? subscriptions.Last(x => x.Consumer == c.Consumer && x.Product == c.ProductId && x.History[^1].Status != SubscriptionStatus.Cancelled).Id
                    : SimSnapshots.PayPerUseSubscription(consumer);
                // Priced as the paid pipeline prices a call: what it adds to the month, by one meter's count.
                var before = meter.Take(new PeriodLine(subscription, c.PlanId, priced.Version, Calendar.DayOf(c.At).ToString("yyyyMM", System.Globalization.CultureInfo.InvariantCulture)), c.Units);
                usage.Add(new UsageRollup(Calendar.DayOf(c.At), consumer, c.ProductId, subscription, c.PlanId, priced.Version, 1, c.Units,
                    PlanRating.MarginalAmount(priced.Plan, before, c.Units)));
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
            var monthly = subscriptions.Where(s => s.Consumer == c)
                .Select(s => (s, At: SubscriptionHistory.FirstApprovedInstant(s.History, starts, ends)))
                .Where(x => x.At is not null && products[x.s.Product].FindPlan(x.s.Plan, x.At.Value) is { Plan: MonthlyPlan })
                .Select(x => new InvoiceLineKey(x.s.Product, x.s.Id, x.s.Plan, products[x.s.Product].FindPlan(x.s.Plan, x.At!.Value)!.Version));
            var (lines, _) = InvoiceRating.Lines(rollups, (product, plan, version) => products[product].FindPlan(plan, version), monthly);
            if (lines.Count == 0) continue;
            var revision = documents.Count(d => d.Kind == InvoiceKind.Invoice && d.ConsumerId == consumer && d.PeriodStart == month) + 1;
            documents.Add(new Invoice(InvoiceIds.Invoice(month, consumer, revision), InvoiceKind.Invoice, consumer, month, revision, InvoiceState.Draft,
                lines.Sum(l => l.Amount), lines, at));
        }
    }

    private void Subscribe(int consumer, string product, string plan, DateTimeOffset at, SubscriptionStatus? approvedAtOnce)
    {
        List<SubscriptionStatusChange> history = [new(SubscriptionStatus.Requested, at)];
        if (approvedAtOnce is { } status) history.Add(new(status, at));
        subscriptions.Add((consumer, SimSnapshots.SubscriptionLabel(subscriptions.Count), product, plan, history));
    }

    private void Move(int consumer, string product, SubscriptionStatus to, DateTimeOffset at)
    {
        var open = subscriptions.FindLast(s => s.Consumer == consumer && s.Product == product && s.History[^1].Status != SubscriptionStatus.Cancelled);
        if (open.History is not null && SubscriptionTransitions.IsAllowed(open.History[^1].Status, to)) open.History.Add(new(to, at));
    }

    private static CatalogProduct Product(string id, PricePlan[] plans) =>
        new(new ProductDescriptor(id, id, "test", id, ["holder-a"], Classification.General, [], plans), true, [new PriceList(0, DateTimeOffset.MinValue, plans)]);

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
