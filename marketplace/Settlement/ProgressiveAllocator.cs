namespace DataZones.Marketplace.Settlement;

/// <summary>
/// Shares one transaction's revenue <c>R</c> by the progressive rule: party <c>p</c> is owed exactly
/// <c>Σ_i share_i(p) × max(0, min(R, b_{i+1}) − b_i)</c>, the holders' amount is split by their weights, and the exact
/// amounts are rounded to the fen by <see cref="LargestRemainder"/> so that they add up to <c>R</c>.
/// </summary>
/// <remarks>
/// A negative <c>R</c> (a credit note) is allocated by symmetry: <c>|R|</c> is allocated and every part negated, so
/// a credit note of −x takes back exactly what a line of x pays out, fen for fen.
/// </remarks>
public static class ProgressiveAllocator
{
    /// <summary>Allocates <paramref name="revenue"/> (yuan, a whole number of fen, negative for a credit note).</summary>
    /// <exception cref="InvalidOperationException">The policy is invalid (policies are validated when saved).</exception>
    /// <exception cref="ArgumentException">The revenue has a fraction of a fen: invoice lines are rounded first.</exception>
    public static Allocation Allocate(AllocationPolicy policy, decimal revenue)
    {
        AllocationPolicyValidator.EnsureValid(policy);
        if (decimal.Truncate(revenue * 100m) != revenue * 100m)
        {
            throw new ArgumentException($"Revenue {revenue} is not a whole number of fen.", nameof(revenue));
        }

        var magnitude = Math.Abs(revenue);
        var portions = Portions(policy, magnitude);
        var (parties, exact) = ExactAmounts(policy, portions);
        var rounded = LargestRemainder.Apportion(magnitude, exact);

        var sign = revenue < 0 ? -1m : 1m;
        var parts = new PartyAllocation[parties.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = new PartyAllocation(parties[i], sign * exact[i], sign * rounded[i]);
        }

        // The whole point of the rounding; kept on, as a broken sum must never reach a statement.
        if (parts.Sum(p => p.Amount) != revenue)
        {
            throw new InvalidOperationException($"Allocation of {revenue} does not add up.");
        }

        return new Allocation(policy.ProductId, policy.Version, revenue, portions, parts);
    }

    private static List<BracketPortion> Portions(AllocationPolicy policy, decimal revenue)
    {
        var portions = new List<BracketPortion>(policy.Brackets.Count);
        for (var i = 0; i < policy.Brackets.Count; i++)
        {
            var from = policy.LowerBoundAmount(i);
            var upTo = policy.UpperBoundAmount(i);
            var inside = Math.Max(0m, Math.Min(revenue, upTo ?? revenue) - from);
            portions.Add(new BracketPortion(i + 1, from, upTo, inside));
        }

        return portions;
    }

    private static (List<PartyId> Parties, List<decimal> Exact) ExactAmounts(
        AllocationPolicy policy, List<BracketPortion> portions)
    {
        decimal Owed(PartyKind kind) => portions.Sum(p => policy.Brackets[p.Bracket - 1].ShareOf(kind) * p.Revenue);

        var parties = new List<PartyId>();
        var exact = new List<decimal>();
        var holdersTotal = Owed(PartyKind.Holder);
        var weightsTotal = policy.Holders.Sum(h => h.Weight);
        foreach (var holder in policy.Holders)
        {
            // Multiply before dividing: equal weights then give identical amounts, so ties stay ties.
            parties.Add(holder.Holder);
            exact.Add(holdersTotal * holder.Weight / weightsTotal);
        }

        parties.Add(policy.Operator);
        exact.Add(Owed(PartyKind.Operator));
        if (policy.Merchant is { } merchant)
        {
            parties.Add(merchant);
            exact.Add(Owed(PartyKind.Merchant));
        }

        return (parties, exact);
    }
}
