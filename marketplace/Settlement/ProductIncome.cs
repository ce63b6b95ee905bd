namespace DataZones.Marketplace.Settlement;

/// <summary>One product's settled income for a month, by role.</summary>
public sealed record ProductIncome(string ProductId, int Transactions, decimal Revenue, decimal Holders, decimal Operator, decimal Merchants);
