namespace DataZones.Marketplace.Access;

/// <summary>
/// The platform's roles. A consumer credential carries <see cref="Consumer"/>; people and systems acting for the
/// operator, a data holder or a reviewing department carry the others (from an API key's record or from Entra ID
/// app roles of the same names).
/// </summary>
public static class Roles
{
    public const string Consumer = "Consumer";
    public const string Operator = "Operator";
    public const string DataHolder = "DataHolder";
    public const string Reviewer = "Reviewer";

    /// <summary>
    /// The system that verifies a person and records their consent (the citizen-facing app): grants and revokes
    /// consents for people, and reads back to them who used their consent. It never calls zone APIs.
    /// </summary>
    public const string ConsentAuthority = "ConsentAuthority";

    public static readonly IReadOnlyList<string> All = [Consumer, Operator, DataHolder, Reviewer, ConsentAuthority];
}
