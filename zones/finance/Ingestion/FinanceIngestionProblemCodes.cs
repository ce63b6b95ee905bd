namespace DataZones.Zones.Finance.Ingestion;

/// <summary>
/// The finance sources' own ingestion problem codes, beside the platform's shared ones
/// (<see cref="DataZones.Marketplace.Ingestion.IngestionProblemCodes"/>).
/// </summary>
public static class FinanceIngestionProblemCodes
{
    public const string InvalidMonth = "invalid-month";
    public const string InvalidIndustryCode = "invalid-industry-code";
    public const string InvalidDistrictCode = "invalid-district-code";
}
