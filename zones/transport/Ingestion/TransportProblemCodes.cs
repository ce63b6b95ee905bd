namespace DataZones.Zones.Transport.Ingestion;

/// <summary>The transport files' own line-problem codes, beside the platform's shared ones.</summary>
public static class TransportProblemCodes
{
    public const string InvalidTimestamp = "invalid-timestamp";
    public const string InvalidCoordinate = "invalid-coordinate";
    public const string InvalidPlate = "invalid-plate";
    public const string NightExceedsTotal = "night-km-exceeds-km";
    public const string ValidityReversed = "valid-until-before-valid-from";
    public const string UseNatureRequired = "use-nature-required";
}
