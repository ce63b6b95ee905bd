using DataZones.Zones.Finance.Reference;
using DataZones.Zones.Finance.Scoring;

namespace DataZones.Zones.Finance.Policies;

/// <summary>
/// A handful of loan policies in the style of Qingdao's inclusive-finance programmes, for demos and tests. The
/// lenders and terms are illustrative, not real offers.
/// </summary>
public static class DemoLoanPolicies
{
    public static IReadOnlyList<LoanPolicy> All { get; } =
    [
        new("tech-sme-credit", "科技型中小企业信用贷", "Credit loan for technology-based SMEs", "青岛科技金融示范银行",
            new LoanPolicyCriteria(
                IndustryPrefixes: ["C39", "C40", "I", "M"],
                MinimumAgeYears: 1,
                MinimumHeadcount: 10,
                MinimumTaxRating: TaxCreditRating.B,
                MaximumLegalRisk: LegalRiskBand.Low,
                NoDishonestDebtorRecord: true)),
        new("inclusive-first-loan", "普惠小微首贷", "Inclusive first loan for micro and small enterprises", "青岛普惠金融服务中心",
            new LoanPolicyCriteria(
                MinimumAgeYears: 1,
                MinimumHeadcount: 1,
                MinimumTaxRating: TaxCreditRating.M,
                MaximumLegalRisk: LegalRiskBand.Medium,
                NoDishonestDebtorRecord: true)),
        new("manufacturing-upgrade", "制造业技改贷", "Manufacturing upgrade loan", "青岛制造业转型升级基金合作银行",
            new LoanPolicyCriteria(
                IndustryPrefixes: ["C"],
                MinimumAgeYears: 3,
                MinimumHeadcount: 50,
                MinimumRegisteredCapitalCny: 5_000_000m,
                MinimumGrade: CreditGrade.TripleB,
                MaximumLegalRisk: LegalRiskBand.Low)),
        new("tax-credit-loan", "银税互动信用贷", "Bank–tax interaction credit loan", "青岛银税互动合作银行",
            new LoanPolicyCriteria(
                MinimumAgeYears: 2,
                MinimumTaxRating: TaxCreditRating.B,
                MinimumGrade: CreditGrade.DoubleB,
                NoDishonestDebtorRecord: true)),
        new("west-coast-startup", "西海岸新区创业担保贷", "West Coast New Area start-up guarantee loan", "青岛西海岸新区创业担保中心",
            new LoanPolicyCriteria(
                Districts: ["370211"],
                MinimumHeadcount: 1,
                MaximumLegalRisk: LegalRiskBand.Low,
                NoDishonestDebtorRecord: true)),
        new("blue-economy", "海洋经济发展贷", "Blue economy development loan", "青岛蓝色金融合作银行",
            new LoanPolicyCriteria(
                IndustryPrefixes: ["A04", "C13", "C37", "G55"],
                MinimumAgeYears: 2,
                MinimumGrade: CreditGrade.DoubleB,
                MaximumLegalRisk: LegalRiskBand.Medium)),
    ];
}
