namespace DataZones.Zones.Medical.Claims;

/// <summary>A claim whose every field passed validation, normalised (codes upper case, discharge day filled in).</summary>
public sealed record ValidClaim(
    string ClaimReference,
    DateOnly PolicyStartsOn,
    DateOnly PolicyEndsOn,
    int WaitingPeriodDays,
    string InstitutionCode,
    DateOnly AdmittedOn,
    DateOnly DischargedOn,
    IReadOnlyList<string> Diagnoses,
    decimal ClaimedAmount,
    IReadOnlyList<string> Procedures,
    string? SettlementNumber);
