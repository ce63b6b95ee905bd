namespace DataZones.Zones.Transport.Accidents;

/// <summary>
/// The answer: flags, a liability band and reason codes. Never the case's details, the other parties, a time or a
/// place from the record: the match flags say only whether the declaration agrees.
/// </summary>
public sealed record AccidentVerification(
    AccidentOutcome Outcome,
    bool AccidentExists,
    bool VehicleWasParty,
    bool? TimeWithinTolerance,
    bool? PlaceWithinRadius,
    string? LiabilityBand,
    bool? Injuries,
    IReadOnlyList<string> ReasonCodes);
