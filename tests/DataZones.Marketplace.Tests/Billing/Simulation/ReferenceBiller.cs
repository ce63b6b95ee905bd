using System.Globalization;

namespace DataZones.Marketplace.Tests.Billing.Simulation;

/// <summary>
/// A small biller written from the rules of docs/billing.md and docs/settlement.md alone — it calls no production
/// rating, allocation, placement or netting code — against which the platform is checked:
/// <list type="bullet">
/// <item>the close makes, per consumer without a live invoice for the month, a draft with a line per product × plan
/// × subscription used in the month (units summed over the month's business days, rated once) and per monthly-plan
/// subscription approved and not cancelled at some instant of the month;</item>
/// <item>issue makes a draft final; voiding a draft supersedes it; voiding an issued or paid invoice issues a credit
/// note negating it, at the same moment; a re-close after a void makes the next revision;</item>
/// <item>a month closes at its first settlement run; a final document settles once: in its billing month if it was
/// final by the time that month closed (or the month is not closed yet), otherwise in the month it became final;</item>
/// <item>each line is shared by the progressive rule under the demo default with the product's holders; a holder
/// remits its month's shares plus the previous settled month's shortfall, never less than zero, carrying any
/// shortfall on.</item>
/// </list>
/// </summary>
public sealed class ReferenceBiller(int consumers)
{
    private static readonly TimeSpan Business = TimeSpan.FromHours(8);
    private readonly List<(int Consumer, string Subscription, string Product, string Plan, int Version, long Units, DateOnly Day, long Receipt)> calls = [];
    private readonly List<Subscription> subscriptions = [];
    private readonly List<(int Version, DateTimeOffset From)> priceVersions = [(0, DateTimeOffset.MinValue)];
    private readonly List<Document> documents = [];
    private readonly Dictionary<DateOnly, DateTimeOffset> closedAt = [];
    private readonly HashSet<string> settled = new(StringComparer.Ordinal);
    private readonly Dictionary<(DateOnly Month, string Party), List<(string DocumentId, int Line, long Fen)>> statements = [];
    private readonly Dictionary<(DateOnly Month, string Holder), (long Shares, long Brought, long Amount, long Carried)> remittances = [];

    private sealed record Subscription(int Consumer, string Label, string Product, string Plan, DateTimeOffset? Approved, DateTimeOffset? Cancelled);

    private sealed class Document
    {
        public required string Id { get; init; }
        public required string Kind { get; init; }
        public required int Consumer { get; init; }
        public required DateOnly Month { get; init; }
        public required int Revision { get; init; }
        public required List<(int Line, string Product, string Plan, int Version, string Subscription, long Units, long Fen, long Receipts, long Adjustment)> Lines { get; init; }
        public string State { get; set; } = "Draft";
        public DateTimeOffset? IssuedAt { get; set; }
    }

    public void Apply(SimEvent e)
    {
        switch (e)
        {
            case SubscribeEvent s: subscriptions.Add(new(s.Consumer, Label(), BillingProducts.Product, s.PlanId, s.At, null)); break;
            case CancelEvent c: Cancel(c.Consumer, BillingProducts.Product, c.At); break;
            case RequestGuardedEvent r: subscriptions.Add(new(r.Consumer, Label(), BillingProducts.GuardedProduct, BillingProducts.Monthly, null, null)); break;
            case ApproveGuardedEvent a:
                var waiting = subscriptions.FindLastIndex(x => x.Consumer == a.Consumer && x.Product == BillingProducts.GuardedProduct && x.Cancelled is null);
                subscriptions[waiting] = subscriptions[waiting] with { Approved = a.At };
                break;
            case WithdrawGuardedEvent w: Cancel(w.Consumer, BillingProducts.GuardedProduct, w.At); break;
            case ChangePriceEvent p: priceVersions.Add((priceVersions.Count, new DateTimeOffset(p.EffectiveMonth.ToDateTime(TimeOnly.MinValue), Business))); break;
            case CallEvent c: Call(c); break;
            case CloseEvent c: Close(c.Month); break;
            case IssueEvent x when Live(x.Consumer, x.Month) is { State: "Draft" } draft: draft.State = "Issued"; draft.IssuedAt = x.At; break;
            case PayEvent x when Live(x.Consumer, x.Month) is { State: "Issued" } issued: issued.State = "Paid"; break;
            case VoidEvent x when Live(x.Consumer, x.Month) is { } live: Void(live, x.At); break;
            case SettleEvent s: Settle(s.Month, s.At); break;
        }
    }

    private void Close(DateOnly month)
    {
        var end = new DateTimeOffset(month.AddMonths(1).ToDateTime(TimeOnly.MinValue), Business);
        var start = new DateTimeOffset(month.ToDateTime(TimeOnly.MinValue), Business);
        for (var c = 0; c < consumers; c++)
        {
            if (Live(c, month) is not null) continue;
            // A line per product × plan × price version × subscription used in the month…
            var used = calls.Where(x => x.Consumer == c && BusinessMonth(x.Day) == month).GroupBy(x => (x.Product, x.Plan, x.Version, x.Subscription))
                .ToDictionary(g => g.Key, g => (Units: g.Sum(x => x.Units), Receipts: g.Sum(x => x.Receipt)));
            // …and per monthly-plan subscription approved and not cancelled at some instant of the month, at the
            // price version in force at the first such instant.
            foreach (var s in subscriptions.Where(s => s.Consumer == c && s.Approved < end && (s.Cancelled is null || s.Cancelled > start) && s.Approved < (s.Cancelled ?? DateTimeOffset.MaxValue)))
            {
                var firstApproved = s.Approved > start ? s.Approved.Value : start;
                used.TryAdd((s.Product, s.Plan, s.Product == BillingProducts.Product ? VersionAt(firstApproved) : 0, s.Label), (0, 0));
            }
            if (used.Count == 0) continue;
            var lines = used.OrderBy(u => u.Key.Product, StringComparer.Ordinal).ThenBy(u => u.Key.Plan, StringComparer.Ordinal).ThenBy(u => u.Key.Version)
                .ThenBy(u => u.Key.Subscription, StringComparer.Ordinal)
                .Select((u, n) =>
                {
                    var raised = u.Key.Version % 2 == 1;
                    // Every receipt explained: the line's exact charge = its fee + what its calls' receipts said + an adjustment,
                    // which is 0 here because one meter counted every call of the month in order.
                    var exact = ReferenceRating.FeeExact(u.Key.Plan, raised) + ReferenceRating.ReceiptExact(u.Key.Plan, 0, u.Value.Units, raised);
                    return (n + 1, u.Key.Product, u.Key.Plan, u.Key.Version, u.Key.Subscription, u.Value.Units,
                        ReferenceRating.AmountFen(u.Key.Product, u.Key.Plan, u.Value.Units, raised), u.Value.Receipts,
                        exact - ReferenceRating.FeeExact(u.Key.Plan, raised) - u.Value.Receipts);
                }).ToList();
            var revision = documents.Count(d => d.Kind == "Invoice" && d.Consumer == c && d.Month == month) + 1;
            documents.Add(new Document { Id = Id("INV", month, c, revision), Kind = "Invoice", Consumer = c, Month = month, Revision = revision, Lines = lines });
        }
    }

    private void Void(Document invoice, DateTimeOffset at)
    {
        var wasIssued = invoice.State != "Draft";
        invoice.State = "Void";
        if (!wasIssued) return; // a draft is superseded: no credit note
        documents.Add(new Document
        {
            Id = Id("CN", invoice.Month, invoice.Consumer, invoice.Revision), Kind = "CreditNote", Consumer = invoice.Consumer, Month = invoice.Month,
            Revision = invoice.Revision, State = "Issued", IssuedAt = at, Lines = [.. invoice.Lines.Select(l => l with { Fen = -l.Fen, Receipts = -l.Receipts, Adjustment = -l.Adjustment })],
        });
    }

    private void Settle(DateOnly month, DateTimeOffset at)
    {
        closedAt.TryAdd(month, at);
        foreach (var d in documents.Where(d => d.IssuedAt is not null && !settled.Contains(d.Id) && SettlesIn(d) == month).ToList())
        {
            settled.Add(d.Id);
            foreach (var line in d.Lines)
            {
                var holders = line.Product == BillingProducts.FusionProduct ? BillingProducts.FusionHolders : BillingProducts.ProductHolders;
                foreach (var (party, fen) in ReferenceAllocation.Allocate(holders, line.Fen))
                {
                    if (!statements.TryGetValue((month, party), out var list)) statements[(month, party)] = list = [];
                    list.Add((d.Id, line.Line, fen));
                }
            }
        }
        var previous = closedAt.Keys.Where(m => m < month).Select(m => (DateOnly?)m).Max();
        var holdersHere = statements.Keys.Where(k => k.Month == month && k.Party.StartsWith("holder:", StringComparison.Ordinal)).Select(k => k.Party["holder:".Length..])
            .Union(remittances.Where(r => r.Key.Month == previous && r.Value.Carried < 0).Select(r => r.Key.Holder));
        foreach (var holder in holdersHere.ToList())
        {
            var shares = statements.GetValueOrDefault((month, "holder:" + holder))?.Sum(x => x.Fen) ?? 0;
            var brought = previous is { } p && remittances.TryGetValue((p, holder), out var before) ? before.Carried : 0;
            var total = shares + brought;
            remittances[(month, holder)] = (shares, brought, Math.Max(0, total), Math.Min(0, total));
        }
    }

    /// <summary>docs/billing.md, "Which month a document settles in".</summary>
    private DateOnly SettlesIn(Document d) =>
        !closedAt.TryGetValue(d.Month, out var closed) || d.IssuedAt <= closed ? d.Month : BusinessMonth(DayOf(d.IssuedAt!.Value));

    /// <summary>Calls under a monthly plan are the consumer's subscription's; pay-per-use calls carry the consumer's own.</summary>
    private string SubscriptionOf(CallEvent c) => ReferenceRating.IsMonthly(c.PlanId)
        ? subscriptions.Last(s => s.Consumer == c.Consumer && s.Product == c.ProductId && s.Cancelled is null).Label
        : SimSnapshots.PayPerUseSubscription(ConsumerName(c.Consumer));

    /// <summary>A metered call: its receipt says what it adds to its subscription × plan × version's month so far.</summary>
    private void Call(CallEvent c)
    {
        var (subscription, version, day) = (SubscriptionOf(c), c.ProductId == BillingProducts.Product ? VersionAt(c.At) : 0, DayOf(c.At));
        var before = calls.Where(x => x.Subscription == subscription && x.Consumer == c.Consumer && x.Plan == c.PlanId && x.Version == version && BusinessMonth(x.Day) == BusinessMonth(day))
            .Sum(x => x.Units);
        calls.Add((c.Consumer, subscription, c.ProductId, c.PlanId, version, c.Units, day, ReferenceRating.ReceiptExact(c.PlanId, before, c.Units, version % 2 == 1)));
    }

    private void Cancel(int consumer, string product, DateTimeOffset at)
    {
        var i = subscriptions.FindLastIndex(x => x.Consumer == consumer && x.Product == product && x.Cancelled is null);
        if (i >= 0) subscriptions[i] = subscriptions[i] with { Cancelled = at };
    }

    private string Label() => SimSnapshots.SubscriptionLabel(subscriptions.Count);

    /// <summary>The billing product's price version in force at an instant: the latest taking effect by then.</summary>
    private int VersionAt(DateTimeOffset at) => priceVersions.Where(v => v.From <= at).Max(v => v.Version);

    private Document? Live(int consumer, DateOnly month) =>
        documents.SingleOrDefault(d => d.Kind == "Invoice" && d.Consumer == consumer && d.Month == month && d.State != "Void");

    public BillingSnapshot Snapshot()
    {
        var snapshot = new BillingSnapshot();
        foreach (var d in documents)
        {
            snapshot.Document(d.Id, d.Kind, d.State, d.IssuedAt is not null, d.Lines.Sum(l => l.Fen) / 100m,
                d.Lines.Select(l => (l.Line, l.Product, SimSnapshots.LineName(l.Plan, l.Version, l.Subscription), l.Units, l.Fen / 100m, l.Receipts / 10_000m, l.Adjustment / 10_000m)));
        }
        foreach (var ((month, party), lines) in statements) snapshot.Statement(month, party, lines.Select(l => (l.DocumentId, l.Line, l.Fen / 100m)));
        foreach (var ((month, holder), r) in remittances) snapshot.Remittance(month, holder, r.Shares / 100m, r.Brought / 100m, r.Amount / 100m, r.Carried / 100m);
        return snapshot;
    }

    public static string ConsumerName(int consumer) => "c" + consumer.ToString(CultureInfo.InvariantCulture);

    private static string Id(string kind, DateOnly month, int consumer, int revision) =>
        $"{kind}-{month:yyyyMM}-{ConsumerName(consumer)}-{revision:D2}";

    private static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Business).DateTime);

    private static DateOnly BusinessMonth(DateOnly day) => new(day.Year, day.Month, 1);
}
