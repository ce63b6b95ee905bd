namespace DataZones.Marketplace.Consumers;

/// <summary>An organisation that subscribes to products and calls the APIs.</summary>
/// <param name="Id">Platform id (sortable).</param>
/// <param name="Name">The organisation's registered name.</param>
/// <param name="Kind">Bank, insurer, research institute, logistics firm, other.</param>
/// <param name="CreditCode">Its unified social credit code (validated, upper case).</param>
/// <param name="CreatedAt">When the operator registered it.</param>
public sealed record Consumer(string Id, string Name, ConsumerKind Kind, string CreditCode, DateTimeOffset CreatedAt);
