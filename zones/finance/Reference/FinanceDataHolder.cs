namespace DataZones.Zones.Finance.Reference;

/// <summary>A government unit that holds one or more finance sources.</summary>
/// <param name="Id">Stable identifier used by the catalog and settlement, e.g. <c>qingdao-market-regulation</c>.</param>
/// <param name="Name">English name.</param>
/// <param name="NameChinese">Chinese name, as the holder calls itself.</param>
public sealed record FinanceDataHolder(string Id, string Name, string NameChinese);
