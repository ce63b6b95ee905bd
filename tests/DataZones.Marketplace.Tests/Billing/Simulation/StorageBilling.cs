using System.Globalization;
using DataZones.Marketplace.Billing;
using DataZones.Marketplace.Metering;
using DataZones.Marketplace.Pricing;
using DataZones.Marketplace.Settlement;
using DataZones.Marketplace.Subscriptions;
using DataZones.Marketplace.Time;
using DataZones.Marketplace.Usage;

namespace DataZones.Marketplace.Tests.Billing.Simulation;

/// <summary>
/// The platform itself on Azurite: a test host per sequence, calls metered through the real <see cref="UsageWriter"/>
/// and rolled up by <see cref="UsageRollupService"/>, subscriptions through <see cref="SubscriptionService"/>, and the
/// close, the invoice moves, the settlement and the reports through their services, on a manual clock set to each
/// step's instant.
/// </summary>
public sealed class StorageBilling : IBillingUnderTest
{
    private readonly BillingScenario scenario;
    private readonly List<string> consumers = [];
    private readonly Dictionary<int, string> subscriptionIds = [];
    private readonly List<string> subscriptionsMade = [];
    private readonly Dictionary<int, string> guardedIds = [];
    private readonly SortedSet<DateOnly> settledMonths = [];
    private int requests;

    private StorageBilling(BillingScenario scenario) => this.scenario = scenario;

    public static async Task<StorageBilling> StartAsync(int consumers)
    {
        var billing = new StorageBilling(await BillingScenario.StartAsync());
        for (var c = 0; c < consumers; c++) billing.consumers.Add((await billing.scenario.ConsumerAsync()).ConsumerId);
        return billing;
    }

    public async Task ApplyAsync(SimEvent step)
    {
        scenario.Host.Clock.Set(step.At);
        var ct = CancellationToken.None;
        switch (step)
        {
            case SubscribeEvent s:
                var (outcome, subscription) = await scenario.Service<SubscriptionService>().RequestAsync(consumers[s.Consumer], BillingProducts.Product, s.PlanId, "sim", ct);
                if (subscription is not { Status: SubscriptionStatus.Active }) throw new InvalidOperationException($"Subscribe: {outcome}.");
                subscriptionIds[s.Consumer] = subscription.Id;
                subscriptionsMade.Add(subscription.Id);
                break;
            case CancelEvent c when subscriptionIds.Remove(c.Consumer, out var id):
                await scenario.Service<SubscriptionService>().TransitionAsync(consumers[c.Consumer], id, SubscriptionStatus.Cancelled, "sim", "sim", null, ct);
                break;
            case RequestGuardedEvent r:
                var (requested, waiting) = await scenario.Service<SubscriptionService>().RequestAsync(consumers[r.Consumer], BillingProducts.GuardedProduct, BillingProducts.Monthly, "sim", ct);
                if (waiting is not { Status: SubscriptionStatus.Requested }) throw new InvalidOperationException($"Request: {requested}.");
                guardedIds[r.Consumer] = waiting.Id;
                subscriptionsMade.Add(waiting.Id);
                break;
            case ApproveGuardedEvent a when guardedIds.TryGetValue(a.Consumer, out var guarded):
                await scenario.Service<SubscriptionService>().TransitionAsync(consumers[a.Consumer], guarded, SubscriptionStatus.Active, "sim", "sim", null, ct);
                break;
            case WithdrawGuardedEvent w when guardedIds.Remove(w.Consumer, out var withdrawn):
                await scenario.Service<SubscriptionService>().TransitionAsync(consumers[w.Consumer], withdrawn, SubscriptionStatus.Cancelled, "sim", "sim", null, ct);
                break;
            case ChangePriceEvent p:
                var catalog = scenario.Service<DataZones.Marketplace.Catalog.CatalogService>();
                var version = (await catalog.FindAsync(BillingProducts.Product, ct))!.PriceLists.Max(v => v.Version) + 1;
                var saved = await catalog.SetPlansAsync(BillingProducts.Product, version % 2 == 1 ? BillingProducts.RaisedProductPlans() : BillingProducts.ProductPlans(),
                    p.EffectiveMonth, "sim", ct);
                if (saved.Saved is null) throw new InvalidOperationException($"Price change refused (earliest {saved.EarliestMonth:yyyy-MM}).");
                break;
            case CallEvent c: await CallAsync(c); break;
            case CloseEvent c:
                if ((await scenario.Service<BillingCloseService>().CloseAsync(c.Month, ct)).Closed is null) throw new InvalidOperationException($"Close of {c.Month:yyyy-MM} refused.");
                break;
            case IssueEvent x when await LiveAsync(x.Consumer, x.Month) is { State: InvoiceState.Draft } draft:
                await scenario.Service<InvoiceService>().IssueAsync(draft.ConsumerId, draft.Id, "sim", ct);
                break;
            case PayEvent x when await LiveAsync(x.Consumer, x.Month) is { State: InvoiceState.Issued } issued:
                await scenario.Service<InvoiceService>().PayAsync(issued.ConsumerId, issued.Id, "sim", ct);
                break;
            case VoidEvent x when await LiveAsync(x.Consumer, x.Month) is { } live:
                await scenario.Service<InvoiceService>().VoidAsync(live.ConsumerId, live.Id, "sim", "sim", ct);
                break;
            case SettleEvent s:
                var settled = await scenario.Service<PeriodSettlementService>().SettleAsync(s.Month, ct);
                if (settled.Settled is null) throw new InvalidOperationException($"Settlement of {s.Month:yyyy-MM} refused: {settled.OutOfOrder ?? "not ended"}.");
                settledMonths.Add(s.Month);
                break;
        }
    }

    private async Task CallAsync(CallEvent c)
    {
        var priced = (await scenario.Service<DataZones.Marketplace.Catalog.CatalogService>().FindAsync(c.ProductId, CancellationToken.None))!.FindPlan(c.PlanId, c.At)!;
        var consumer = consumers[c.Consumer];
        var subscription = priced.Plan is MonthlyPlan ? subscriptionIds[c.Consumer] : SimSnapshots.PayPerUseSubscription(consumer);
        var request = "sim-" + Interlocked.Increment(ref requests).ToString(CultureInfo.InvariantCulture);
        // Priced as the paid pipeline prices a call (PaidCallFilter): what it adds to the month, by the instance's count.
        var day = scenario.Service<BusinessCalendar>().DayOf(c.At);
        var before = scenario.Service<PeriodUnitCounter>().Take(new PeriodLine(subscription, c.PlanId, priced.Version, day.ToString("yyyyMM", CultureInfo.InvariantCulture)), c.Units);
        await scenario.Service<UsageWriter>().AppendAsync(new UsageRecord(request, consumer, subscription, c.ProductId, "lookup", c.PlanId, c.Units,
            PlanRating.MarginalUnitPrice(priced.Plan, before) ?? 0m, PlanRating.MarginalAmount(priced.Plan, before, c.Units), c.At, "request-hash", "response-hash",
            priced.Version, before), CancellationToken.None);
        await scenario.Service<UsageRollupService>().RollUpAsync(scenario.Service<BusinessCalendar>().DayOf(c.At), CancellationToken.None);
    }

    private async Task<Invoice?> LiveAsync(int consumer, DateOnly month) =>
        (await scenario.Service<InvoiceStore>().InvoicesForMonthAsync(consumers[consumer], month, CancellationToken.None))
            .Select(f => f.Document).SingleOrDefault(d => d.State != InvoiceState.Void);

    public async Task<BillingSnapshot> SnapshotAsync()
    {
        var ct = CancellationToken.None;
        var snapshot = new BillingSnapshot();
        string Rename(string text)
        {
            for (var c = 0; c < consumers.Count; c++) text = text.Replace(consumers[c], ReferenceBiller.ConsumerName(c), StringComparison.Ordinal);
            for (var n = 0; n < subscriptionsMade.Count; n++) text = text.Replace(subscriptionsMade[n], SimSnapshots.SubscriptionLabel(n), StringComparison.Ordinal);
            return text;
        }
        foreach (var consumer in consumers)
        {
            foreach (var (d, _) in await scenario.Service<InvoiceStore>().ListForConsumerAsync(consumer, ct)) SimSnapshots.AddDocument(snapshot, d, Rename);
        }
        var store = scenario.Service<SettlementStore>();
        foreach (var month in settledMonths)
        {
            foreach (var party in await store.PartiesAsync(month, ct))
            {
                snapshot.Statement(month, party, (await store.StatementAsync(month, party, ct)).Select(e => (Rename(e.DocumentId), e.LineNumber, e.Amount)));
            }
            foreach (var r in await scenario.Service<SettlementReports>().RemittancesAsync(month, ct))
            {
                snapshot.Remittance(month, r.HolderId, r.Shares, r.BroughtForward, r.Amount, r.CarriedForward);
            }
        }
        return snapshot;
    }

    /// <summary>The platform's own reconciliation of a month, which must find nothing to report on a simulated run.</summary>
    public Task<ReconciliationReport> ReconcileAsync(DateOnly month) =>
        scenario.Service<ReconciliationService>().ReconcileAsync(month, CancellationToken.None);

    public ValueTask DisposeAsync() => scenario.DisposeAsync();
}
