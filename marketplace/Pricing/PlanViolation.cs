namespace DataZones.Marketplace.Pricing;

/// <summary>One rule a price plan breaks: a stable <see cref="Code"/> (see <see cref="PlanViolationCodes"/>) for
/// programs and a message naming the offending part for people.</summary>
public sealed record PlanViolation(string Code, string Message);
