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

    public static readonly IReadOnlyList<string> All = [Consumer, Operator, DataHolder, Reviewer];
}
