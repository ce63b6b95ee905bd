using DataZones.Marketplace.Billing;

namespace DataZones.Marketplace.Tests.Billing.Simulation;

/// <summary>Puts the platform's documents into a snapshot, with consumer ids renamed to the sequence's <c>c0</c>, <c>c1</c>, ….</summary>
public static class SimSnapshots
{
    public static void AddDocument(BillingSnapshot snapshot, Invoice d, Func<string, string> rename) =>
        snapshot.Document(rename(d.Id), d.Kind.ToString(), d.State.ToString(), d.IsFinal, d.Total,
            d.Lines.Select(l => (l.LineNumber, l.ProductId, l.PlanId, l.Units, l.Amount)));
}
