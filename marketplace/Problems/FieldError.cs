namespace DataZones.Marketplace.Problems;

/// <summary>One invalid input: which field, which rule (a stable code), and a sentence for people.</summary>
public sealed record FieldError(string Field, string Rule, string Message);
