namespace DataZones.Zones.Transport.Accidents;

/// <summary>Stable reason codes of an accident verification.</summary>
public static class AccidentReasonCodes
{
    public const string CaseNotFound = "case-not-found";
    public const string VehicleNotAParty = "vehicle-not-a-party";
    public const string NoAccidentNearTime = "no-accident-near-time";
    public const string TimeOutsideTolerance = "time-outside-tolerance";
    public const string PlaceOutsideRadius = "place-outside-radius";
    public const string InjuriesRecorded = "injuries-recorded";
    public const string FullLiability = "full-liability";
}
