namespace DataZones.Marketplace.Subscriptions;

/// <summary>
/// What billing asks of a subscription's status history (entries in time order, each in force until the next).
/// Billing asks the history, never today's status, so that closing a month gives the same answer whenever it runs.
/// </summary>
public static class SubscriptionHistory
{
    /// <summary>
    /// The first instant in [<paramref name="from"/>, <paramref name="to"/>) at which the subscription was approved and
    /// not cancelled (active or suspended), or null if it never was in that span. An entry that another replaces at
    /// the same instant lasted no time: a general-grade request approved at once was never "requested" for a moment.
    /// </summary>
    public static DateTimeOffset? FirstApprovedInstant(IReadOnlyList<SubscriptionStatusChange> history, DateTimeOffset from, DateTimeOffset to)
    {
        for (var i = 0; i < history.Count; i++)
        {
            var starts = history[i].At;
            var ends = i + 1 < history.Count ? history[i + 1].At : DateTimeOffset.MaxValue;
            var approved = history[i].Status is SubscriptionStatus.Active or SubscriptionStatus.Suspended;
            if (approved && starts < ends && starts < to && ends > from) return starts > from ? starts : from;
        }
        return null;
    }
}
