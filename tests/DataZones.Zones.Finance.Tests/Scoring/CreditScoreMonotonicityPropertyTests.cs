using DataZones.Zones.Finance.Reference;
using DataZones.Zones.Finance.Scoring;
using FsCheck;
using FsCheck.Fluent;

namespace DataZones.Zones.Finance.Tests.Scoring;

/// <summary>Improving any single factor of a profile never lowers its score.</summary>
public sealed class CreditScoreMonotonicityPropertyTests
{
    private static readonly Gen<TaxCreditRating?> Rating =
        Gen.Elements<TaxCreditRating?>(null, TaxCreditRating.D, TaxCreditRating.C, TaxCreditRating.M, TaxCreditRating.B, TaxCreditRating.A);

    private static readonly Gen<CreditProfile> Profiles =
        from status in Gen.Elements(Enum.GetValues<EnterpriseStatus>())
        from age in Gen.Choose(0, 400)
        from capitalTenThousands in Gen.Choose(0, 20_000)
        from headcount in Gen.Choose(-1, 2_000)
        from change in Gen.Choose(-1_001, 1_000)
        from rating in Rating
        from onTimePermille in Gen.Choose(-1, 1_000)
        from penalties in Gen.ArrayOf(Gen.Choose(0, 4), 3)
        from enforcements in Gen.ArrayOf(Gen.Choose(0, 3), 2)
        from dishonest in Gen.Choose(0, 2)
        select new CreditProfile(status, age, capitalTenThousands * 10_000m, headcount < 0 ? null : headcount,
            change < -1_000 ? null : change / 10m, rating, onTimePermille < 0 ? null : onTimePermille / 1000m,
            penalties[0], penalties[1], penalties[2], enforcements[0], enforcements[1], dishonest == 1, dishonest == 2, "C39", "370202");

    /// <summary>Each single-factor improvement: a better value of one field, every other field unchanged.</summary>
    private static readonly Func<CreditProfile, int, CreditProfile>[] Improvements =
    [
        (p, d) => p with { Status = EnterpriseStatus.Active },
        (p, d) => p with { AgeMonths = p.AgeMonths + d },
        (p, d) => p with { RegisteredCapitalCny = p.RegisteredCapitalCny + (d * 100_000m) },
        (p, d) => p with { CurrentHeadcount = p.CurrentHeadcount + d },
        (p, d) => p with { HeadcountChangePercent = p.HeadcountChangePercent + (d / 2m) },
        (p, d) => p with { LatestTaxRating = p.LatestTaxRating is { } r && r < TaxCreditRating.A ? r + 1 : p.LatestTaxRating },
        (p, d) => p with { OnTimePaymentRatio = p.OnTimePaymentRatio is { } r ? Math.Min(1m, r + (d / 200m)) : null },
        (p, d) => p with { MinorPenalties = Math.Max(0, p.MinorPenalties - 1) },
        (p, d) => p with { ModeratePenalties = Math.Max(0, p.ModeratePenalties - 1) },
        (p, d) => p with { SeverePenalties = Math.Max(0, p.SeverePenalties - 1) },
        (p, d) => p.SeverePenalties > 0 ? p with { SeverePenalties = p.SeverePenalties - 1, ModeratePenalties = p.ModeratePenalties + 1 } : p,
        (p, d) => p with { OpenEnforcements = Math.Max(0, p.OpenEnforcements - 1) },
        (p, d) => p.OpenEnforcements > 0 ? p with { OpenEnforcements = p.OpenEnforcements - 1, ClosedEnforcements = p.ClosedEnforcements + 1 } : p,
        (p, d) => p with { ClosedEnforcements = Math.Max(0, p.ClosedEnforcements - 1) },
        (p, d) => p with { ActiveDishonestDebtor = false },
        (p, d) => p.ActiveDishonestDebtor ? p with { ActiveDishonestDebtor = false, DishonestDebtorHistory = true } : p,
        (p, d) => p with { DishonestDebtorHistory = false },
    ];

    [Fact]
    public void Score_SingleFactorImproved_NeverDecreases() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2_000), Prop.ForAll(
            Profiles.SelectMany(p => Gen.Choose(0, Improvements.Length - 1).SelectMany(i => Gen.Choose(1, 200).Select(d => (p, i, d))))
                .ToArbitrary(),
            c =>
            {
                var before = CreditScorer.Score(c.p);
                var after = CreditScorer.Score(Improvements[c.i](c.p, c.d));
                return (after.Score >= before.Score && after.Grade >= before.Grade)
                    .Label($"improvement {c.i} by {c.d}: {before.Score} → {after.Score}");
            }));

    [Fact]
    public void Score_AnyProfile_IsWithinZeroToOneThousand() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1_000), Prop.ForAll(Profiles.ToArbitrary(), p =>
        {
            var score = CreditScorer.Score(p);
            return score.Score is >= 0 and <= CreditScoreModel.MaximumScore
                && score.Grade == CreditScoreModel.Grade(score.Score)
                && score.ReasonCodes.Count <= CreditScorer.ReasonCodesMaximum;
        }));
}
