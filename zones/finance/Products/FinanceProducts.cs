using DataZones.Marketplace.Catalog;
using DataZones.Marketplace.Pricing;
using DataZones.Zones.Finance.Reference;

namespace DataZones.Zones.Finance.Products;

/// <summary>
/// The finance zone's products as the catalog lists them. Prices are demo defaults in the range Chinese data
/// exchanges charge; the operator may override plans in the catalog. The first plan of each is pay-per-use.
/// </summary>
public static class FinanceProducts
{
    public const string Zone = "finance";
    public const string Verification = "finance.enterprise-verification";
    public const string CreditProfile = "finance.credit-profile";
    public const string LoanPolicyMatching = "finance.loan-policy-matching";

    public const string VerifyOperation = "verify";
    public const string VerifyBatchOperation = "verify-batch";
    public const string ProfileOperation = "profile";
    public const string MatchOperation = "match";

    public const string PayPerUsePlanId = "pay-per-use";
    public const string MonthlyPlanId = "monthly";

    private static readonly string[] AllHolders =
    [
        FinanceSources.MarketRegulation.Id, FinanceSources.Tax.Id, FinanceSources.SocialSecurity.Id,
        FinanceSources.Utilities.Id, FinanceSources.Courts.Id,
    ];

    public static IReadOnlyList<ProductDescriptor> All { get; } =
    [
        new(Verification, "Enterprise verification (企业核验信息)", Zone,
            "Three- or four-element verification of an enterprise: whether the name, the legal representative and "
            + "optionally the representative's identity number match the registry, and the registration status. "
            + "Match flags only, never registered values.",
            [FinanceSources.MarketRegulation.Id], Classification.General,
            [
                new OperationDescriptor(VerifyOperation, "Verify one enterprise", MeterKind.PerCall),
                new OperationDescriptor(VerifyBatchOperation, "Verify up to 1,000 enterprises; each answered item is a unit", MeterKind.PerRecord),
            ],
            [
                PayPerUsePlan.Graduated(PayPerUsePlanId, new PriceTier(10_000, 0.50m), new PriceTier(100_000, 0.40m), new PriceTier(null, 0.30m)),
                MonthlyPlan.WithOverage(MonthlyPlanId, 3_000m, 10_000, 0.35m),
            ]),
        new(CreditProfile, "Enterprise credit profile", Zone,
            "A credit score 0–1000 with grade, up to four reason codes and indicator bands, computed from registry, "
            + "tax, social-insurance, utility and court data. Bands and codes only, never figures.",
            AllHolders, Classification.Important,
            [new OperationDescriptor(ProfileOperation, "Score one enterprise", MeterKind.PerCall)],
            [
                PayPerUsePlan.Graduated(PayPerUsePlanId, new PriceTier(5_000, 2.00m), new PriceTier(null, 1.50m)),
                MonthlyPlan.HardCapped(MonthlyPlanId, 8_000m, 5_000),
            ]),
        new(LoanPolicyMatching, "Loan-policy matching (自动匹配贷款政策)", Zone,
            "The loan policies an enterprise qualifies for, and near misses with the criteria it does not meet.",
            AllHolders, Classification.Important,
            [new OperationDescriptor(MatchOperation, "Match one enterprise against the policy table", MeterKind.PerCall)],
            [
                PayPerUsePlan.Flat(PayPerUsePlanId, 1.00m),
                MonthlyPlan.HardCapped(MonthlyPlanId, 4_000m, 5_000),
            ]),
    ];
}
