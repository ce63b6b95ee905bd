namespace DataZones.Marketplace.Idempotency;

/// <summary>Configuration section <c>Idempotency</c>.</summary>
public sealed class IdempotencyOptions
{
    public const string SectionName = "Idempotency";

    /// <summary>How long a key is remembered; after this the same key starts a new call.</summary>
    public int RetentionHours { get; set; } = 24;

    /// <summary>After this long an unfinished attempt is considered abandoned (its instance died) and may be taken over.</summary>
    public int InFlightTimeoutSeconds { get; set; } = 60;

    /// <summary>Keys longer than this are refused (400): they are hashed, but a bound keeps requests sane.</summary>
    public int KeyLengthMax { get; set; } = 255;
}
