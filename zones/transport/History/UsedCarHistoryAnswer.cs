namespace DataZones.Zones.Transport.History;

/// <summary>
/// 二手车 history report: registration facts, the use-nature history, the odometer timeline in bands with rollback
/// detection, the worst accident-repair grade, damage brands, current encumbrances and a history score 1–99 (higher
/// is cleaner, as AutoCheck's). Never an owner, a plate, a reading or a case.
/// </summary>
public sealed record UsedCarHistoryAnswer(
    string Vin,
    string Purpose,
    bool Registered,
    string? FirstRegistration,
    string? VehicleType,
    int? Transfers,
    IReadOnlyList<string>? UseNatureHistory,
    bool? ExTaxi,
    bool? ExOperating,
    IReadOnlyList<OdometerPoint>? OdometerTimeline,
    bool? OdometerRollback,
    string? AccidentRepairGrade,
    int? Accidents,
    bool? FloodDamage,
    bool? FireDamage,
    bool? TotalLoss,
    bool? Mortgaged,
    bool? Seized,
    int? HistoryScore,
    IReadOnlyList<string> ReasonCodes);

/// <summary>One point of the odometer timeline: a month and the reading's 10,000 km band; the rollback flag per point.</summary>
public sealed record OdometerPoint(string Month, string KmBand, bool Rollback);
