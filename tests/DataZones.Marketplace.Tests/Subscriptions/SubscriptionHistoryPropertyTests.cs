using DataZones.Marketplace.Subscriptions;
using DataZones.Marketplace.Tests.Settlement;
using FsCheck;
using FsCheck.Fluent;

namespace DataZones.Marketplace.Tests.Subscriptions;

/// <summary>The fee rule's question of a status history, checked against the history read minute by minute.</summary>
public sealed class SubscriptionHistoryPropertyTests
{
    private static readonly DateTimeOffset Origin = new(2026, 10, 1, 0, 0, 0, TimeSpan.FromHours(8));

    private static readonly Gen<List<SubscriptionStatusChange>> Histories =
        from steps in Gen.ListOf(Gen.Choose(0, 300), 6)
        from statuses in Gen.ListOf(Gen.Elements(Enum.GetValues<SubscriptionStatus>()), 6)
        from count in Gen.Choose(1, 6)
        select steps.Take(count).Select((s, i) => (s, i)).Aggregate(new List<SubscriptionStatusChange>(), (list, step) =>
        {
            var at = (list.Count == 0 ? Origin : list[^1].At).AddMinutes(step.s);
            list.Add(new SubscriptionStatusChange(statuses[step.i], at));
            return list;
        });

    [Fact]
    public void FirstApprovedInstant_IsTheFirstMinuteOfTheSpanWhenTheHistorySaysActiveOrSuspended() =>
        PropertyRun.ForAll(
            from history in Histories
            from start in Gen.Choose(0, 1200)
            from length in Gen.Choose(1, 600)
            select (history, From: Origin.AddMinutes(start), To: Origin.AddMinutes(start + length)),
            c =>
            {
                DateTimeOffset? expected = null;
                for (var t = c.From; t < c.To; t = t.AddMinutes(1))
                {
                    var status = c.history.LastOrDefault(h => h.At <= t)?.Status;
                    if (status is SubscriptionStatus.Active or SubscriptionStatus.Suspended)
                    {
                        expected = t;
                        break;
                    }
                }
                Assert.Equal(expected, SubscriptionHistory.FirstApprovedInstant(c.history, c.From, c.To));
            });
}
