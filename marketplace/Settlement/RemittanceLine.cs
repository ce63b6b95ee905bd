namespace DataZones.Marketplace.Settlement;

/// <summary>
/// One row of the treasury remittance list: a data holder's share of a month, to be paid to the treasury as
/// "data asset use income" (数据资产使用收入) by <see cref="DueDate"/>.
/// </summary>
public sealed record RemittanceLine(string Period, string HolderId, string Item, string ItemEnglish, decimal Amount, int Transactions, DateOnly DueDate)
{
    public const string ItemChinese = "数据资产使用收入";
    public const string ItemInEnglish = "data asset use income";
}
