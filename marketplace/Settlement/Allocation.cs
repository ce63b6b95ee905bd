namespace DataZones.Marketplace.Settlement;

/// <summary>
/// How one transaction's revenue is shared: the policy version used, the revenue in each bracket, and each party's
/// exact and settled amounts. Parts are listed holders first (in the policy's order), then the operator, then the
/// merchant; their <see cref="PartyAllocation.Amount"/>s add up to <see cref="Revenue"/> exactly.
/// </summary>
public sealed record Allocation(
    string ProductId,
    int PolicyVersion,
    decimal Revenue,
    IReadOnlyList<BracketPortion> Brackets,
    IReadOnlyList<PartyAllocation> Parts)
{
    /// <summary>The settled amount of <paramref name="party"/>; throws if the party is not in this allocation.</summary>
    public decimal AmountOf(PartyId party) =>
        (Parts.FirstOrDefault(p => p.Party == party)
            ?? throw new ArgumentException($"{party} has no part in this allocation.", nameof(party))).Amount;
}
