namespace DataZones.Marketplace.Settlement;

/// <summary>
/// How one product's income is shared, by the progressive per-transaction rule (单笔收入累进动态分配): brackets
/// <c>0 = b0 &lt; b1 &lt; … &lt; bn = ∞</c>, each with a share per role, applied to each transaction (invoice line)
/// separately. Policies are versioned: a new version is a new record with a higher <see cref="Version"/> and its own
/// <see cref="EffectiveFrom"/>, and a settlement uses the version in force for its period
/// (<see cref="AllocationPolicyVersions.InForce"/>). Validate with <see cref="AllocationPolicyValidator"/>.
/// </summary>
/// <param name="ProductId">The product whose income this policy shares.</param>
/// <param name="Version">1, 2, … — versions are never edited, only superseded.</param>
/// <param name="EffectiveFrom">First day of the first billing period this version settles.</param>
/// <param name="BracketUnit">Whether bracket bounds are amounts or multiples of <see cref="Baseline"/>.</param>
/// <param name="Baseline">The product's revenue baseline (收入基准) in yuan per transaction; required for multiples.</param>
/// <param name="Brackets">Ascending brackets, the last open-ended.</param>
/// <param name="Holders">The data holders and their weights, in a fixed order (also the rounding tie-break order).</param>
/// <param name="Operator">The operator party.</param>
/// <param name="Merchant">The data merchant, if one built the product.</param>
public sealed record AllocationPolicy(
    string ProductId,
    int Version,
    DateOnly EffectiveFrom,
    BracketUnit BracketUnit,
    decimal? Baseline,
    IReadOnlyList<AllocationBracket> Brackets,
    IReadOnlyList<HolderWeight> Holders,
    PartyId Operator,
    PartyId? Merchant = null)
{
    /// <summary>The operator's party id in <see cref="DemoDefault"/>.</summary>
    public const string DemoOperatorId = "operator";

    /// <summary>
    /// The demo default of DOMAIN.md (a reasonable default, not a legal figure): baseline ¥10,000 per transaction;
    /// up to 1× baseline holders 70 % / operator 30 %; 1×–3× 50 % / 50 %; above 3× 30 % / 70 %. Several holders
    /// share equally. Version 1, in force for every period.
    /// </summary>
    public static AllocationPolicy DemoDefault(string productId, params string[] holderIds)
    {
        ArgumentNullException.ThrowIfNull(holderIds);
        return new AllocationPolicy(
            productId,
            Version: 1,
            EffectiveFrom: DateOnly.MinValue,
            BracketUnit.BaselineMultiple,
            Baseline: 10_000m,
            Brackets:
            [
                new AllocationBracket(UpTo: 1m, HolderShare: 0.70m, OperatorShare: 0.30m),
                new AllocationBracket(UpTo: 3m, HolderShare: 0.50m, OperatorShare: 0.50m),
                new AllocationBracket(UpTo: null, HolderShare: 0.30m, OperatorShare: 0.70m),
            ],
            Holders: [.. holderIds.Select(id => new HolderWeight(PartyId.Holder(id), 1m))],
            Operator: PartyId.Operator(DemoOperatorId));
    }

    /// <summary>
    /// The yuan amount at which bracket <paramref name="index"/> ends, or null for the open-ended bracket: the bound
    /// itself for <see cref="BracketUnit.Amount"/>, the bound times the baseline for multiples.
    /// </summary>
    public decimal? UpperBoundAmount(int index)
    {
        var bound = Brackets[index].UpTo;
        if (bound is null || BracketUnit == BracketUnit.Amount)
        {
            return bound;
        }

        return bound * (Baseline ?? throw new InvalidOperationException(
            $"Policy {ProductId} v{Version} expresses brackets as baseline multiples but has no baseline."));
    }

    /// <summary>The yuan amount at which bracket <paramref name="index"/> starts: 0 for the first bracket.</summary>
    public decimal LowerBoundAmount(int index) => index == 0 ? 0m : UpperBoundAmount(index - 1)!.Value;
}
