namespace DataZones.Marketplace.Settlement;

/// <summary>The operator's income summary for a settlement month: totals by role and by product.</summary>
public sealed record IncomeSummary(string Period, int Transactions, decimal Revenue, decimal Holders, decimal Operator, decimal Merchants,
    IReadOnlyList<ProductIncome> Products);
