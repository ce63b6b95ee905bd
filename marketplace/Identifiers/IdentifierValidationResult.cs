using System.Diagnostics.CodeAnalysis;

namespace DataZones.Marketplace.Identifiers;

/// <summary>
/// The outcome of validating an identifier: either valid, with its normalised form, or the first violated rule.
/// A value rather than an exception, because a bad identifier from a caller is an expected outcome (a 400).
/// </summary>
public sealed record IdentifierValidationResult
{
    private IdentifierValidationResult(IdentifierKind kind, string? normalized, IdentifierViolation? violation)
    {
        Kind = kind;
        Normalized = normalized;
        Violation = violation;
        IsValid = violation is null;
    }

    /// <summary>Which kind of identifier was validated.</summary>
    public IdentifierKind Kind { get; }

    /// <summary>True when every rule holds; then <see cref="Normalized"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Normalized))]
    [MemberNotNullWhen(false, nameof(Violation))]
    public bool IsValid { get; }

    /// <summary>
    /// The canonical form (surrounding whitespace removed, letters upper-case), the only form to compare, hash or
    /// store. Null when invalid.
    /// </summary>
    public string? Normalized { get; }

    /// <summary>The first violated rule. Null when valid.</summary>
    public IdentifierViolation? Violation { get; }

    public static IdentifierValidationResult Valid(IdentifierKind kind, string normalized)
    {
        ArgumentException.ThrowIfNullOrEmpty(normalized);
        return new(kind, normalized, null);
    }

    public static IdentifierValidationResult Invalid(IdentifierKind kind, IdentifierViolation violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        return new(kind, null, violation);
    }

    /// <summary>
    /// Never prints the identifier: results end up in log lines and exception messages, and a resident identity
    /// number must not.
    /// </summary>
    public override string ToString() =>
        IsValid ? $"{Kind}: valid" : $"{Kind}: {Violation.Code} ({Violation.Message})";
}
