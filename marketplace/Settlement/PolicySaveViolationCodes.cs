namespace DataZones.Marketplace.Settlement;

/// <summary>
/// Codes of the rules checked when a policy version is stored, on top of <see cref="PolicyViolationCodes"/> (which
/// are the pure validator's and need no clock). Stable; they appear in API problem details.
/// </summary>
public static class PolicySaveViolationCodes
{
    /// <summary>A new version may not take effect before the current business month, which may already be settled.</summary>
    public const string EffectiveFromInPast = "effective-from-in-past";
}
