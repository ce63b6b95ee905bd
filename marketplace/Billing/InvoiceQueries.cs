using DataZones.Marketplace.Usage;

namespace DataZones.Marketplace.Billing;

/// <summary>
/// Reads documents for the API. Every read is inside one consumer's partition, so the consumer routes, which take
/// the consumer id from the credential, can never reach another consumer's documents. Consumers see only final (issued) documents.
/// </summary>
public sealed class InvoiceQueries(InvoiceStore store, UsageRollupStore rollups)
{
    public async Task<IReadOnlyList<Invoice>> ListAsync(string consumerId, bool includeDrafts, CancellationToken cancellationToken) =>
        [.. (await store.ListForConsumerAsync(consumerId, cancellationToken)).Select(f => f.Document).Where(d => includeDrafts || IsVisible(d))
            .OrderByDescending(d => d.PeriodStart).ThenBy(d => d.Id, StringComparer.Ordinal)];

    public async Task<Invoice?> FindAsync(string consumerId, string documentId, bool includeDrafts, CancellationToken cancellationToken) =>
        (await store.FindAsync(consumerId, documentId, cancellationToken))?.Document is { } d && (includeDrafts || IsVisible(d)) ? d : null;

    /// <summary>The roll-ups behind a document: its month's usage by day for the lines on it; null if not found.</summary>
    public async Task<IReadOnlyList<UsageRollup>?> UsageAsync(string consumerId, string documentId, bool includeDrafts, CancellationToken cancellationToken)
    {
        if (await FindAsync(consumerId, documentId, includeDrafts, cancellationToken) is not { } document) return null;
        var keys = document.Lines.Select(l => l.Key).ToHashSet();
        var month = await rollups.ForConsumerAsync(consumerId, document.PeriodStart, document.PeriodStart.AddMonths(1).AddDays(-1), cancellationToken);
        return [.. month.Where(r => keys.Contains(new InvoiceLineKey(r.ProductId, r.SubscriptionId, r.PlanId, r.PlanVersion)))
            .OrderBy(r => r.Day).ThenBy(r => r.LineKey, StringComparer.Ordinal)];
    }

    /// <summary>Consumers see final documents only: never a draft, nor a draft voided before issue (it was never sent).</summary>
    private static bool IsVisible(Invoice d) => d.IsFinal;
}
