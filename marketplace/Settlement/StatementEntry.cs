namespace DataZones.Marketplace.Settlement;

/// <summary>One line of a party's statement for a month: its share of one transaction.</summary>
/// <param name="Party">The party (<c>holder:…</c>, <c>operator:…</c>, <c>merchant:…</c>).</param>
/// <param name="DocumentId">The invoice or credit note.</param>
/// <param name="LineNumber">Its line.</param>
/// <param name="ConsumerId">Who paid.</param>
/// <param name="ProductId">Which product.</param>
/// <param name="Revenue">The line's amount.</param>
/// <param name="ExactAmount">The progressive rule's exact share, before rounding.</param>
/// <param name="Amount">The settled share, whole fen.</param>
/// <param name="PolicyVersion">The policy version used (0 = default).</param>
public sealed record StatementEntry(
    string Party,
    string DocumentId,
    int LineNumber,
    string ConsumerId,
    string ProductId,
    decimal Revenue,
    decimal ExactAmount,
    decimal Amount,
    int PolicyVersion);
