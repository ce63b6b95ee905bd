namespace DataZones.Marketplace.Settlement;

/// <summary>
/// A data holder of a multi-source product (多源数据融合) and its weight: the holders' share of each bracket is split
/// in proportion to the weights (weight ÷ sum of weights), so weights need not add up to anything in particular.
/// </summary>
/// <param name="Holder">The holder; its kind must be <see cref="PartyKind.Holder"/>.</param>
/// <param name="Weight">A positive weight, at most <see cref="Maximum"/>.</param>
public sealed record HolderWeight(PartyId Holder, decimal Weight)
{
    /// <summary>
    /// The largest weight a policy may give. Weights are relative, so a million to one is all the range a split
    /// needs; and the allocator multiplies the holders' amount by a weight before dividing (so equal weights give
    /// equal amounts), which must stay inside decimal's range for any revenue up to <see cref="long.MaxValue"/> fen.
    /// </summary>
    public const decimal Maximum = 1_000_000m;
}
