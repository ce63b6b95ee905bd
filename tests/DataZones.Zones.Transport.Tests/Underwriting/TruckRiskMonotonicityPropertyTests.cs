using DataZones.Zones.Transport.Underwriting;
using FsCheck;
using FsCheck.Fluent;

namespace DataZones.Zones.Transport.Tests.Underwriting;

/// <summary>More of any single risk factor never lowers the truck risk score, and the score stays within 0–100.</summary>
public sealed class TruckRiskMonotonicityPropertyTests
{
    private static readonly Gen<TruckRiskFactors> Factors =
        from violations in Gen.ArrayOf(Gen.Choose(0, 12), 2)
        from accidents in Gen.ArrayOf(Gen.Choose(0, 6), 2)
        from atFault in Gen.Choose(0, 100)
        from night in Gen.Choose(0, 100)
        from speeding in Gen.Choose(0, 20)
        from fatigue in Gen.Choose(0, 10)
        from licence in Gen.Elements(Enum.GetValues<LicenceStanding>())
        from age in Gen.Choose(0, 30)
        select new TruckRiskFactors(violations[0], violations[1], accidents[0], accidents[1], atFault, night, speeding, fatigue, licence, age);

    /// <summary>Each single-factor worsening: more of one field, every other field unchanged.</summary>
    private static readonly Func<TruckRiskFactors, int, TruckRiskFactors>[] Worsenings =
    [
        (f, d) => f with { Violations12Months = f.Violations12Months + d },
        (f, d) => f with { Violations36Months = f.Violations36Months + d },
        (f, d) => f with { Accidents12Months = f.Accidents12Months + d },
        (f, d) => f with { Accidents36Months = f.Accidents36Months + d },
        (f, d) => f with { AtFaultPercent = Math.Min(100, f.AtFaultPercent + d) },
        (f, d) => f with { NightDrivingPercent = Math.Min(100, f.NightDrivingPercent + d) },
        (f, d) => f with { SpeedingPer1000Km = f.SpeedingPer1000Km + d },
        (f, d) => f with { FatiguePer1000Km = f.FatiguePer1000Km + d },
        (f, d) => f with { Licence = f.Licence < LicenceStanding.Revoked ? f.Licence + 1 : f.Licence },
        (f, d) => f with { VehicleAgeYears = f.VehicleAgeYears + d },
    ];

    [Fact]
    public void Score_SingleFactorWorsened_NeverDecreases() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(3_000), Prop.ForAll(
            Factors.SelectMany(f => Gen.Choose(0, Worsenings.Length - 1).SelectMany(i => Gen.Choose(1, 40).Select(d => (f, i, d)))).ToArbitrary(),
            c =>
            {
                var before = TruckRiskModel.Score(c.f);
                var after = TruckRiskModel.Score(Worsenings[c.i](c.f, c.d));
                return (after.Score >= before.Score && after.Score is >= 0 and <= 100 && after.ReasonCodes.Count <= 4)
                    .Label($"factor {c.i} +{c.d}: {before.Score} → {after.Score} for {c.f}");
            }));

    [Fact]
    public void Score_NoRiskFactor_IsZeroWithoutReasons_AndEveryFactorAtItsWorst_Is100()
    {
        var clean = TruckRiskModel.Score(new TruckRiskFactors(0, 0, 0, 0, 0, 0, 0, 0, LicenceStanding.Valid, 0));
        var worst = TruckRiskModel.Score(new TruckRiskFactors(9, 9, 9, 9, 100, 100, 99, 99, LicenceStanding.Revoked, 30));

        Assert.Equal((0, 0), (clean.Score, clean.ReasonCodes.Count));
        Assert.Equal(100, worst.Score);
        Assert.Equal(["recent-accidents", "licence-revoked", "recent-violations", "fatigue-driving"], worst.ReasonCodes);
    }
}
