namespace DataZones.Zones.Transport.Accidents;

/// <summary>
/// What an insurer declares for a fast motor claim (车险快速理赔), validated: the insured vehicle, the case number if
/// the police gave one, or else the time and the approximate place, with the tolerances the insurer accepts.
/// </summary>
public sealed record AccidentClaim(
    string Vin,
    string? CaseNumber,
    DateTimeOffset? OccurredAt,
    double? Longitude,
    double? Latitude,
    int ToleranceMinutes,
    int RadiusMetres);
