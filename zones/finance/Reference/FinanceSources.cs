namespace DataZones.Zones.Finance.Reference;

/// <summary>What is known about each <see cref="FinanceSource"/>: its holder and its file and row-key code.</summary>
public static class FinanceSources
{
    public static readonly FinanceDataHolder MarketRegulation =
        new("qingdao-market-regulation", "Qingdao Market Supervision Administration", "青岛市市场监督管理局");

    public static readonly FinanceDataHolder Tax =
        new("qingdao-tax", "Qingdao Municipal Tax Service", "国家税务总局青岛市税务局");

    public static readonly FinanceDataHolder SocialSecurity =
        new("qingdao-social-security", "Qingdao Human Resources and Social Security Bureau", "青岛市人力资源和社会保障局");

    public static readonly FinanceDataHolder Utilities =
        new("qingdao-utilities", "Qingdao water, power and gas utilities", "青岛市水电气公用事业单位");

    public static readonly FinanceDataHolder Courts =
        new("qingdao-courts", "Qingdao Intermediate People's Court", "青岛市中级人民法院");

    /// <summary>Every source, in a fixed order.</summary>
    public static IReadOnlyList<FinanceSource> All { get; } = Enum.GetValues<FinanceSource>();

    /// <summary>The holder a source belongs to.</summary>
    public static FinanceDataHolder Holder(FinanceSource source) => source switch
    {
        FinanceSource.EnterpriseRegistry or FinanceSource.AdministrativePenalty => MarketRegulation,
        FinanceSource.TaxRating => Tax,
        FinanceSource.Headcount => SocialSecurity,
        FinanceSource.UtilityPayment => Utilities,
        FinanceSource.CourtEnforcement or FinanceSource.DishonestDebtor => Courts,
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown finance source."),
    };

    /// <summary>
    /// The source's stable code: the ingestion file name stem and the row-key prefix, e.g. <c>tax-rating</c>.
    /// </summary>
    public static string Code(FinanceSource source) => source switch
    {
        FinanceSource.EnterpriseRegistry => "enterprise-registry",
        FinanceSource.TaxRating => "tax-rating",
        FinanceSource.Headcount => "headcount",
        FinanceSource.UtilityPayment => "utility-payment",
        FinanceSource.AdministrativePenalty => "administrative-penalty",
        FinanceSource.CourtEnforcement => "court-enforcement",
        FinanceSource.DishonestDebtor => "dishonest-debtor",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown finance source."),
    };

    /// <summary>The source whose <see cref="Code"/> is <paramref name="code"/> (exact, lower-case).</summary>
    public static bool TryFromCode(string? code, out FinanceSource source)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(Code(candidate), code, StringComparison.Ordinal))
            {
                source = candidate;
                return true;
            }
        }

        source = default;
        return false;
    }
}
