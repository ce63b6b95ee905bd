using DataZones.Zones.Finance.Reference;
using DataZones.Zones.Finance.Scoring;

namespace DataZones.Zones.Finance.Tests.Scoring;

public sealed class CreditProfileBuilderTests
{
    private static readonly DateOnly AsOf = new(2025, 6, 15);
    private const string Code = FinanceTestData.CreditCode;

    [Fact]
    public void Build_Records_DeriveEveryFactor()
    {
        var headcounts = Enumerable.Range(1, 15)
            .Select(back => new HeadcountRecord(Code, new YearMonth(2025, 6).AddMonths(-back), back <= 3 ? 110 : 100));
        var set = new EnterpriseReferenceSet(
            FinanceTestData.Registration(),
            [new TaxRatingRecord(Code, 2023, TaxCreditRating.C), new TaxRatingRecord(Code, 2024, TaxCreditRating.B), new TaxRatingRecord(Code, 2025, TaxCreditRating.A)],
            [.. headcounts],
            [new UtilityPaymentRecord(Code, new YearMonth(2025, 5), 3, 2), new UtilityPaymentRecord(Code, new YearMonth(2025, 4), 1, 1),
             new UtilityPaymentRecord(Code, new YearMonth(2024, 5), 5, 0)],
            [new AdministrativePenaltyRecord(Code, "罚1", new DateOnly(2024, 1, 1), PenaltySeverity.Moderate),
             new AdministrativePenaltyRecord(Code, "罚2", new DateOnly(2020, 1, 1), PenaltySeverity.Severe)],
            [new CourtEnforcementRecord(Code, "执1", new DateOnly(2023, 3, 1), EnforcementAmountBand.Under1Million, Closed: false),
             new CourtEnforcementRecord(Code, "执2", new DateOnly(2022, 3, 1), EnforcementAmountBand.Under1Million, Closed: true)],
            [new DishonestDebtorRecord(Code, "执1", new DateOnly(2023, 9, 1), new DateOnly(2024, 9, 1))]);

        var profile = CreditProfileBuilder.Build(set, AsOf);

        Assert.Equal(156, profile.AgeMonths);
        Assert.Equal(110, profile.CurrentHeadcount);
        Assert.Equal(10m, profile.HeadcountChangePercent);
        Assert.Equal(TaxCreditRating.B, profile.LatestTaxRating);
        Assert.Equal(0.75m, profile.OnTimePaymentRatio);
        Assert.Equal((0, 1, 0), (profile.MinorPenalties, profile.ModeratePenalties, profile.SeverePenalties));
        Assert.Equal((1, 1), (profile.OpenEnforcements, profile.ClosedEnforcements));
        Assert.False(profile.ActiveDishonestDebtor);
        Assert.True(profile.DishonestDebtorHistory);
    }

    [Fact]
    public void Build_StaleOrMissingMonthlyData_IsUnknown()
    {
        var set = new EnterpriseReferenceSet(FinanceTestData.Registration(), [],
            [new HeadcountRecord(Code, new YearMonth(2024, 12), 40)], [], [], [], []);

        var profile = CreditProfileBuilder.Build(set, AsOf);

        Assert.Null(profile.CurrentHeadcount);
        Assert.Null(profile.HeadcountChangePercent);
        Assert.Null(profile.OnTimePaymentRatio);
        Assert.Null(profile.LatestTaxRating);
    }

    [Fact]
    public void From_RecordsOfTwoEnterprises_Throws() =>
        Assert.Throws<ArgumentException>(() => EnterpriseReferenceSet.From(
            [FinanceTestData.Registration(), new TaxRatingRecord("91350100M000100Y43", 2024, TaxCreditRating.A)]));
}
