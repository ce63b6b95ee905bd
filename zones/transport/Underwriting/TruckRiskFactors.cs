namespace DataZones.Zones.Transport.Underwriting;

/// <summary>
/// The inputs of the telematics risk score. Every member is a risk factor: more of it never lowers the score.
/// Rates are whole events per 1,000 km so the score is exact integer arithmetic.
/// </summary>
public sealed record TruckRiskFactors(
    int Violations12Months,
    int Violations36Months,
    int Accidents12Months,
    int Accidents36Months,
    int AtFaultPercent,
    int NightDrivingPercent,
    int SpeedingPer1000Km,
    int FatiguePer1000Km,
    LicenceStanding Licence,
    int VehicleAgeYears);
