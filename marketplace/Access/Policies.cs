namespace DataZones.Marketplace.Access;

/// <summary>Authorization policy names used by endpoints.</summary>
public static class Policies
{
    /// <summary>A consumer credential (API key or mapped Entra ID application).</summary>
    public const string Consumer = "Consumer";

    /// <summary>The operator.</summary>
    public const string Operator = "Operator";

    /// <summary>A data holder, or the operator acting for one.</summary>
    public const string DataHolder = "DataHolder";

    /// <summary>A reviewing department, or the operator.</summary>
    public const string Reviewer = "Reviewer";

    /// <summary>The consent authority. Not the operator: the operator may not grant consents for people.</summary>
    public const string ConsentAuthority = "ConsentAuthority";
}
