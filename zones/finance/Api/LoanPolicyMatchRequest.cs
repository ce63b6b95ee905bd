namespace DataZones.Zones.Finance.Api;

/// <summary>Body of a loan-policy match: the enterprise.</summary>
public sealed record LoanPolicyMatchRequest(string? CreditCode);
