namespace DataZones.Marketplace.Tests.Billing.Simulation;

/// <summary>
/// Random sequences over October 2026 to January 2027, from one seed: subscriptions to monthly plans and their
/// cancellation (a cancel and a new subscription is a plan change, within a day at times), requests for an
/// approval-guarded plan approved later or withdrawn before approval, price changes from the next month, calls on every plan kind (some at 23:59:59.9 on a month's last day, some at the next month's first
/// instant), the close of each month on the 1st or a few days later, issues, voids, payments and re-closes during the
/// following month (some after that month's settlement: late issues and revisions), and each month's settlement once
/// it has ended, in order. Bounded: at most <see cref="StepsPerMonthMax"/> activities and <see cref="DocumentStepsMax"/>
/// document steps a month.
/// </summary>
public static class SequenceGenerator
{
    public const int StepsPerMonthMax = 8;
    public const int DocumentStepsMax = 6;
    public static readonly DateOnly FirstMonth = new(2026, 10, 1);
    public const int Months = 3;
    private static readonly TimeSpan Business = TimeSpan.FromHours(8);
    private static readonly string[] PayPerUsePlans = [BillingProducts.Tiers, BillingProducts.Micro, BillingProducts.Unit];
    private static readonly string[] MonthlyPlans = [BillingProducts.Monthly, BillingProducts.Capped];

    public static SimSequence Generate(int seed)
    {
        var random = new Random(seed);
        var consumers = random.Next(1, 4);
        var events = new List<SimEvent>();
        var subscribed = new string?[consumers];
        var guarded = new string?[consumers]; // null, "requested" or "active"
        var lastSettle = DateTimeOffset.MinValue;
        for (var i = 0; i <= Months; i++)
        {
            var month = FirstMonth.AddMonths(i);
            var inMonth = new List<SimEvent>();
            if (i < Months) Activities(random, month, consumers, inMonth);
            if (i > 0) lastSettle = DocumentLife(random, month, consumers, inMonth, lastSettle);
            // Subscriptions are tracked in time order, so calls under a monthly plan happen only while subscribed.
            foreach (var e in inMonth.OrderBy(e => e.At))
            {
                switch (e)
                {
                    case SubscribeEvent s when subscribed[s.Consumer] is null: subscribed[s.Consumer] = s.PlanId; events.Add(e); break;
                    case CancelEvent c when subscribed[c.Consumer] is not null: subscribed[c.Consumer] = null; events.Add(e); break;
                    case CallEvent c when c.ProductId == BillingProducts.Product && MonthlyPlans.Contains(c.PlanId):
                        if (subscribed[c.Consumer] is { } plan) events.Add(c with { PlanId = plan });
                        break;
                    case RequestGuardedEvent r when guarded[r.Consumer] is null: guarded[r.Consumer] = "requested"; events.Add(e); break;
                    case ApproveGuardedEvent a when guarded[a.Consumer] == "requested": guarded[a.Consumer] = "active"; events.Add(e); break;
                    case WithdrawGuardedEvent w when guarded[w.Consumer] is not null: guarded[w.Consumer] = null; events.Add(e); break;
                    case SubscribeEvent or CancelEvent or RequestGuardedEvent or ApproveGuardedEvent or WithdrawGuardedEvent: break;
                    default: events.Add(e); break;
                }
            }
        }
        // January's settlement takes what became final in January: late issues and credit notes of earlier months.
        var february = FirstMonth.AddMonths(Months + 1);
        events.Add(new SettleEvent(At(february, 2, 9, 0, 0), FirstMonth.AddMonths(Months)));
        return new SimSequence(seed, consumers, events);
    }

    private static void Activities(Random random, DateOnly month, int consumers, List<SimEvent> into)
    {
        var days = month.AddMonths(1).AddDays(-1).Day;
        for (var n = random.Next(0, StepsPerMonthMax + 1); n > 0; n--)
        {
            var at = At(month, random.Next(1, days + 1), random.Next(0, 24), random.Next(0, 60), random.Next(0, 60));
            var consumer = random.Next(consumers);
            var roll = random.NextDouble();
            if (roll < 0.12) into.Add(new SubscribeEvent(at, consumer, MonthlyPlans[random.Next(MonthlyPlans.Length)]));
            else if (roll < 0.2) into.Add(new CancelEvent(at, consumer));
            else if (roll < 0.24) into.Add(new RequestGuardedEvent(at, consumer));
            else if (roll < 0.29) into.Add(new ApproveGuardedEvent(at, consumer));
            else if (roll < 0.32) into.Add(new WithdrawGuardedEvent(at, consumer));
            else into.Add(Call(random, at, consumer));
        }
        // A price change takes effect at the start of a later month, saved at least an hour before it.
        if (random.NextDouble() < 0.3) into.Add(new ChangePriceEvent(At(month, random.Next(1, days), random.Next(0, 24), random.Next(0, 60), 0), month.AddMonths(1)));
        if (random.NextDouble() < 0.4) into.Add(Call(random, At(month, days, 23, 59, 59).AddMilliseconds(900), random.Next(consumers)));
        if (random.NextDouble() < 0.2) into.Add(Call(random, At(month, 1, 0, 0, 0), random.Next(consumers)));
    }

    private static CallEvent Call(Random random, DateTimeOffset at, int consumer)
    {
        var roll = random.NextDouble();
        var units = random.NextDouble() < 0.1 ? random.Next(1_000, 40_000) : random.Next(1, 40);
        if (roll < 0.2) return new CallEvent(at, consumer, BillingProducts.FusionProduct, BillingProducts.Unit, units);
        if (roll < 0.45) return new CallEvent(at, consumer, BillingProducts.Product, MonthlyPlans[0], units); // kept only while subscribed
        return new CallEvent(at, consumer, BillingProducts.Product, PayPerUsePlans[random.Next(PayPerUsePlans.Length)], units);
    }

    /// <summary>The close of the previous month, document steps on it (and on earlier months), and its settlement, all in <paramref name="month"/>.</summary>
    private static DateTimeOffset DocumentLife(Random random, DateOnly month, int consumers, List<SimEvent> into, DateTimeOffset lastSettle)
    {
        var previous = month.AddMonths(-1);
        var closeAt = At(month, 1 + (random.NextDouble() < 0.7 ? 0 : random.Next(1, 4)), 10, 30, 0);
        into.Add(new CloseEvent(closeAt, previous));
        var days = month.AddMonths(1).AddDays(-1).Day;
        var settleAt = Later(random, closeAt, month, days);
        if (settleAt <= lastSettle) settleAt = lastSettle.AddMinutes(1);
        into.Add(new SettleEvent(settleAt, previous));
        for (var n = random.Next(0, DocumentStepsMax + 1); n > 0; n--)
        {
            var at = Later(random, closeAt, month, days);
            var target = random.NextDouble() < 0.8 || previous == FirstMonth ? previous : FirstMonth.AddMonths(random.Next(0, (previous.Year - FirstMonth.Year) * 12 + previous.Month - FirstMonth.Month));
            var consumer = random.Next(consumers);
            var roll = random.NextDouble();
            into.Add(roll switch
            {
                < 0.45 => new IssueEvent(at, consumer, target),
                < 0.65 => new VoidEvent(at, consumer, target),
                < 0.8 => new CloseEvent(at, target),
                _ => new PayEvent(at, consumer, target),
            });
        }
        // Most drafts are issued on the morning of the close, as an operator would after reviewing it.
        for (var c = 0; c < consumers; c++)
        {
            if (random.NextDouble() < 0.7) into.Add(new IssueEvent(closeAt.AddMinutes(30 + c), c, previous));
        }
        return settleAt;
    }

    private static DateTimeOffset Later(Random random, DateTimeOffset after, DateOnly month, int days)
    {
        var end = At(month, days, 23, 0, 0);
        return after.AddMinutes(1 + random.NextInt64(0, (long)(end - after).TotalMinutes));
    }

    private static DateTimeOffset At(DateOnly month, int day, int hour, int minute, int second) =>
        new(month.Year, month.Month, day, hour, minute, second, Business);
}
