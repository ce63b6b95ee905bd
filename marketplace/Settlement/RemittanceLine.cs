namespace DataZones.Marketplace.Settlement;

/// <summary>
/// One row of the treasury remittance list: a data holder's share of a month, to be paid to the treasury as
/// "data asset use income" (数据资产使用收入) by <see cref="DueDate"/>. Netted within the holder
/// (<see cref="RemittanceNetting"/>): <c>Shares + BroughtForward = Amount + CarriedForward</c>, and
/// <see cref="Amount"/> is never negative.
/// </summary>
/// <param name="Period">The settlement month, <c>yyyy-MM</c>.</param>
/// <param name="HolderId">The data holder.</param>
/// <param name="Item">The treasury item, in Chinese.</param>
/// <param name="ItemEnglish">The same item in English.</param>
/// <param name="Shares">Σ of the holder's statement entries for the month (credit notes negative).</param>
/// <param name="BroughtForward">The shortfall the previous settled month carried forward (0 or less).</param>
/// <param name="Amount">What is remitted: 0 or more.</param>
/// <param name="CarriedForward">The shortfall carried into the next month (0 or less).</param>
/// <param name="Transactions">Statement entries of the month.</param>
/// <param name="DueDate">When the remittance is due.</param>
public sealed record RemittanceLine(string Period, string HolderId, string Item, string ItemEnglish, decimal Shares, decimal BroughtForward, decimal Amount,
    decimal CarriedForward, int Transactions, DateOnly DueDate)
{
    public const string ItemChinese = "数据资产使用收入";
    public const string ItemInEnglish = "data asset use income";
}
