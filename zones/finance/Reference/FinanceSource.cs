namespace DataZones.Zones.Finance.Reference;

/// <summary>
/// The reference-data sources of the finance zone. Each belongs to one data holder (see
/// <see cref="FinanceSources"/>), which is what settlement credits when a product uses it.
/// </summary>
public enum FinanceSource
{
    /// <summary>Enterprise registry (企业登记信息), market-regulation bureau.</summary>
    EnterpriseRegistry,

    /// <summary>Tax credit rating by year (纳税信用等级), tax bureau.</summary>
    TaxRating,

    /// <summary>Social-insurance headcount by month (社保参保人数), human-resources and social-security bureau.</summary>
    Headcount,

    /// <summary>Utility payment punctuality by month (水电气缴费), the utilities.</summary>
    UtilityPayment,

    /// <summary>Administrative penalties (行政处罚), market-regulation bureau.</summary>
    AdministrativePenalty,

    /// <summary>Court enforcement records (被执行人), the courts.</summary>
    CourtEnforcement,

    /// <summary>Dishonest-debtor records (失信被执行人), the courts.</summary>
    DishonestDebtor,
}
