namespace DataZones.Zones.Transport.Underwriting;

/// <summary>
/// The telematics risk score, in the shape of fleet safety scores (Samsara: 100 − Σ impacts), turned round so that
/// higher is riskier as insurers' heavy-truck scores are: score = min(100, Σ impacts). Each impact is a
/// non-decreasing, capped function of one factor, and a sum of non-decreasing terms capped at a constant is
/// non-decreasing in each term — so the score is monotone in every factor by construction (the property test checks
/// it). Points and caps are the demo calibration; docs/transport.md lists them.
/// </summary>
public static class TruckRiskModel
{
    public const int ScoreMaximum = 100;
    public const int ReasonCodesMaximum = 4;

    /// <summary>Scores <paramref name="factors"/>. Reason codes name the factors with the largest impacts (ties in table order).</summary>
    public static TruckRiskScore Score(TruckRiskFactors factors)
    {
        ArgumentNullException.ThrowIfNull(factors);
        var impacts = Impacts(factors);
        var score = Math.Min(ScoreMaximum, impacts.Sum(i => i.Points));
        var reasons = impacts.Select((impact, order) => (impact, order))
            .Where(x => x.impact.Points > 0)
            .OrderByDescending(x => x.impact.Points).ThenBy(x => x.order)
            .Take(ReasonCodesMaximum).Select(x => x.impact.Code).ToList();
        return new TruckRiskScore(score, reasons);
    }

    private static (string Code, int Points)[] Impacts(TruckRiskFactors f) =>
    [
        ("recent-violations", Capped(f.Violations12Months * 4, 16)),
        ("violation-history", Capped(f.Violations36Months, 6)),
        ("recent-accidents", Capped(f.Accidents12Months * 8, 24)),
        ("accident-history", Capped(f.Accidents36Months * 3, 9)),
        ("at-fault-share", Capped(f.AtFaultPercent * 12 / 100, 12)),
        ("night-driving", Capped((f.NightDrivingPercent - 20) / 5, 8)),
        ("speeding", Capped(f.SpeedingPer1000Km * 2, 12)),
        ("fatigue-driving", Capped(f.FatiguePer1000Km * 3, 14)),
        ("licence-" + LicenceCode(f.Licence), LicencePoints(f.Licence)),
        ("vehicle-age", Capped(f.VehicleAgeYears - 5, 5)),
    ];

    // Negative inputs (a night share under 20 %) contribute nothing rather than a credit: a credit would let one
    // factor offset another and hide it from the reason codes.
    private static int Capped(int points, int cap) => Math.Clamp(points, 0, cap);

    private static int LicencePoints(LicenceStanding standing) => standing switch
    {
        LicenceStanding.Valid => 0,
        LicenceStanding.Expired => 10,
        LicenceStanding.None => 12,
        LicenceStanding.Suspended => 15,
        LicenceStanding.Revoked => 20,
        _ => throw new ArgumentOutOfRangeException(nameof(standing), standing, "Unknown licence standing."),
    };

    private static string LicenceCode(LicenceStanding standing) => standing switch
    {
        LicenceStanding.Valid => "valid",
        LicenceStanding.Expired => "expired",
        LicenceStanding.None => "missing",
        LicenceStanding.Suspended => "suspended",
        _ => "revoked",
    };
}
