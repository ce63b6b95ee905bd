namespace DataZones.Marketplace.Settlement;

/// <summary>
/// A holder's remittance for a month: its shares of the month's lines plus what an earlier month carried forward
/// (never positive). A payment to the treasury is never negative: when credit notes outweigh the month's income, the
/// holder remits nothing and the shortfall is carried forward, to be netted against its next months.
/// </summary>
public static class RemittanceNetting
{
    /// <param name="shares">Σ of the holder's statement entries for the month (negative entries included).</param>
    /// <param name="broughtForward">What the previous settled month carried forward: 0 or less.</param>
    /// <returns>The amount to remit (0 or more) and what is carried forward (0 or less); they add up to shares + brought forward.</returns>
    public static (decimal Amount, decimal CarriedForward) Net(decimal shares, decimal broughtForward)
    {
        if (broughtForward > 0) throw new ArgumentOutOfRangeException(nameof(broughtForward), broughtForward, "Only a shortfall is carried forward.");
        var total = shares + broughtForward;
        return total >= 0 ? (total, 0.00m) : (0.00m, total);
    }
}
