namespace DataZones.Zones.Finance.Policies;

/// <summary>A match result and the date the enterprise's profile was taken on.</summary>
public sealed record LoanPolicyMatchAnswer(DateOnly AsOf, LoanPolicyMatchResult Result);
