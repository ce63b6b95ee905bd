namespace DataZones.Marketplace.Settlement;

/// <summary>
/// One bracket of a progressive allocation: the part of a transaction's revenue above the previous bracket's bound
/// (0 for the first) and up to <see cref="UpTo"/> is shared in these proportions. Like a tax bracket, the shares
/// apply only to the revenue inside the bracket.
/// </summary>
/// <param name="UpTo">Upper bound in the policy's <see cref="BracketUnit"/>; null for the last, open-ended bracket.</param>
/// <param name="HolderShare">Fraction for the holders together (split by their weights), in [0, 1].</param>
/// <param name="OperatorShare">Fraction for the operator, in [0, 1]; never lower than in the previous bracket.</param>
/// <param name="MerchantShare">Fraction for the merchant, in [0, 1]; 0 unless the policy names a merchant.</param>
public sealed record AllocationBracket(decimal? UpTo, decimal HolderShare, decimal OperatorShare, decimal MerchantShare = 0m)
{
    /// <summary>The bracket's share for a role.</summary>
    public decimal ShareOf(PartyKind kind) => kind switch
    {
        PartyKind.Holder => HolderShare,
        PartyKind.Operator => OperatorShare,
        PartyKind.Merchant => MerchantShare,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown party kind."),
    };
}
