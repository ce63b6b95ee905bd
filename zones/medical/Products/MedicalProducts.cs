using DataZones.Marketplace.Catalog;
using DataZones.Marketplace.Pricing;
using DataZones.Zones.Medical.Reference;

namespace DataZones.Zones.Medical.Products;

/// <summary>
/// The medical zone's products (医疗核保理赔产品). Claims and underwriting are person-level: every call needs the
/// person's consent for that insurer and that product, checked by the pipeline before the zone's work. Research
/// aggregates count groups, never persons, and go through the platform's disclosure control instead. Prices are
/// demo defaults; the operator may override plans in the catalog.
/// </summary>
public static class MedicalProducts
{
    public const string Zone = "medical";
    public const string ClaimsVerification = "medical.claims-verification";
    public const string Underwriting = "medical.underwriting-check";
    public const string ResearchAggregates = "medical.research-aggregates";

    public const string VerifyOperation = "verify";
    public const string VerifyGroupOperation = "verify-group";
    public const string VerifyBatchOperation = "verify-batch";
    public const string CheckOperation = "check";
    public const string CohortOperation = "cohort";

    public const string PayPerUsePlanId = "pay-per-use";
    public const string MonthlyPlanId = "monthly";

    public static IReadOnlyList<ProductDescriptor> All { get; } =
    [
        new(ClaimsVerification, "Claims verification (医疗理赔核验)", Zone,
            "Whether a health-insurance claim is consistent with the person's recorded visit: an outcome, a match flag "
            + "per claimed element and fraud flags with reason codes. Never a date, cost or code from the record.",
            [MedicalSources.HolderId], Classification.Important,
            [
                new OperationDescriptor(VerifyOperation, "Verify one claim", MeterKind.PerCall),
                new OperationDescriptor(VerifyGroupOperation, "Verify a group-supplementary batch of up to 500 claims; each answered item is a unit", MeterKind.PerRecord),
                new OperationDescriptor(VerifyBatchOperation, "Submit a batch of up to 10,000 claims verified as a job; each accepted item is a unit", MeterKind.PerRecord),
            ],
            [
                PayPerUsePlan.Graduated(PayPerUsePlanId, new PriceTier(10_000, 3.00m), new PriceTier(null, 2.40m)),
                MonthlyPlan.WithOverage(MonthlyPlanId, 20_000m, 10_000, 2.20m),
            ],
            RequiresConsent: true),
        new(Underwriting, "Underwriting check (医疗核保)", Zone,
            "For conditions of interest over a lookback of 1–5 years: recorded or not, a hospitalisation-count band and "
            + "a chronic-condition flag. Never a date, cost or code from the record.",
            [MedicalSources.HolderId], Classification.Important,
            [new OperationDescriptor(CheckOperation, "Check one applicant", MeterKind.PerCall)],
            [
                PayPerUsePlan.Flat(PayPerUsePlanId, 5.00m),
                MonthlyPlan.HardCapped(MonthlyPlanId, 10_000m, 2_500),
            ],
            RequiresConsent: true),
        new(ResearchAggregates, "Research aggregates (科研统计)", Zone,
            "Cohort statistics for a diagnosis category and optionally a drug class over whole years — persons, "
            + "admissions, 30-day re-admissions and length-of-stay bands by age band and sex — with every cell of fewer "
            + "than 10 persons withheld, complementary cells withheld, counts rounded to 5, and answers too close to an "
            + "earlier one refused. Not person-level: no consent, and never a record.",
            [MedicalSources.HolderId], Classification.Core,
            [new OperationDescriptor(CohortOperation, "Answer one cohort query", MeterKind.PerCall)],
            [PayPerUsePlan.Flat(PayPerUsePlanId, 300.00m)]),
    ];
}
