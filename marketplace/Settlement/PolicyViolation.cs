namespace DataZones.Marketplace.Settlement;

/// <summary>One rule an allocation policy breaks: a stable <see cref="Code"/> (see
/// <see cref="PolicyViolationCodes"/>) and a message naming the bracket or party concerned.</summary>
public sealed record PolicyViolation(string Code, string Message);
