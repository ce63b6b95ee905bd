namespace DataZones.Zones.Finance.Scoring;

/// <summary>The indicator bands of a credit profile: what a consumer may see instead of the figures.</summary>
public sealed record CreditIndicatorBands(
    AgeBand Age,
    CapitalBand Capital,
    HeadcountBand Headcount,
    HeadcountTrendBand HeadcountTrend,
    TaxRatingBand TaxRating,
    PaymentPunctualityBand PaymentPunctuality,
    LegalRiskBand LegalRisk);
