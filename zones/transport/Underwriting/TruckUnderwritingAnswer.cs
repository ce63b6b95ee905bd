namespace DataZones.Zones.Transport.Underwriting;

/// <summary>
/// 货车智能核保: the truck's facts in bands, the licence standing, violation and accident count bands, the at-fault
/// share band and the telematics risk score with its reason codes. Never a date, a place, a case or a plate.
/// </summary>
public sealed record TruckUnderwritingAnswer(
    string Vin,
    bool? PlateMatches,
    string VehicleType,
    string AgeBand,
    string UseNature,
    string Licence,
    string Violations12MonthsBand,
    string Violations36MonthsBand,
    string Accidents12MonthsBand,
    string Accidents36MonthsBand,
    string AtFaultShareBand,
    string TelematicsDaysBand,
    int RiskScore,
    IReadOnlyList<string> ReasonCodes);
