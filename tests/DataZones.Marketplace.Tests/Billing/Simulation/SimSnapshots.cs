using DataZones.Marketplace.Billing;

namespace DataZones.Marketplace.Tests.Billing.Simulation;

/// <summary>Puts the platform's documents into a snapshot, with consumer ids renamed to the sequence's <c>c0</c>, <c>c1</c>, ….</summary>
public static class SimSnapshots
{
    public static void AddDocument(BillingSnapshot snapshot, Invoice d, Func<string, string> rename) =>
        snapshot.Document(rename(d.Id), d.Kind.ToString(), d.State.ToString(), d.IsFinal, d.Total,
            d.Lines.Select(l => (l.LineNumber, l.ProductId, LineName(l.PlanId, l.PlanVersion, rename(l.SubscriptionId)), l.Units, l.Amount, l.MeteredAmount, l.AdjustmentAmount)));

    /// <summary>What a line bills, as the snapshots write it: plan, price version and subscription.</summary>
    public static string LineName(string planId, int version, string subscription) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{planId} v{version} @{subscription}");

    /// <summary>The n-th subscription of a sequence, as the snapshots name it (in creation order, which is also id order).</summary>
    public static string SubscriptionLabel(int n) => "s" + n.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The subscription pay-per-use calls are metered under in a simulation (the records are written directly).</summary>
    public static string PayPerUseSubscription(string consumerId) => "sub-" + consumerId;
}
