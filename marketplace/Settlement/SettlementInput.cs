namespace DataZones.Marketplace.Settlement;

/// <summary>One transaction to settle: an invoice or credit-note line.</summary>
/// <param name="DocumentId">The invoice or credit note.</param>
/// <param name="LineNumber">The line on it.</param>
/// <param name="ConsumerId">Who paid.</param>
/// <param name="ProductId">Whose income it is.</param>
/// <param name="BillingPeriodStart">The month billed; the policy in force on its first day settles the line.</param>
/// <param name="Revenue">The line's amount, whole fen; negative on a credit note.</param>
public sealed record SettlementInput(string DocumentId, int LineNumber, string ConsumerId, string ProductId, DateOnly BillingPeriodStart, decimal Revenue)
{
    /// <summary>"&lt;document&gt;|&lt;NNN&gt;": the line's key everywhere in settlement.</summary>
    public string LineKey => SettledLine.Key(DocumentId, LineNumber);
}
