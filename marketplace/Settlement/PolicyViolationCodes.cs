namespace DataZones.Marketplace.Settlement;

/// <summary>The stable codes of <see cref="PolicyViolation"/>. They appear in API problem details; never rename one.</summary>
public static class PolicyViolationCodes
{
    public const string ProductIdMissing = "product-id-missing";
    public const string VersionNotPositive = "version-not-positive";
    public const string BaselineMissing = "baseline-missing";
    public const string BaselineNotPositive = "baseline-not-positive";
    public const string NoBrackets = "no-brackets";
    public const string BracketBoundsNotAscending = "bracket-bounds-not-ascending";
    public const string BracketOpenBeforeLast = "bracket-open-before-last";
    public const string LastBracketBounded = "last-bracket-bounded";
    public const string ShareOutOfRange = "share-out-of-range";
    public const string SharesDoNotSumToOne = "shares-do-not-sum-to-one";
    public const string OperatorShareDecreases = "operator-share-decreases";
    public const string MerchantShareWithoutMerchant = "merchant-share-without-merchant";
    public const string MerchantWithoutShare = "merchant-without-share";
    public const string NoHolders = "no-holders";
    public const string HolderWeightNotPositive = "holder-weight-not-positive";
    public const string HolderWeightTooLarge = "holder-weight-too-large";
    public const string DuplicateHolder = "duplicate-holder";
    public const string PartyKindMismatch = "party-kind-mismatch";
}
