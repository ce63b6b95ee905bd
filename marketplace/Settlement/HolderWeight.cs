namespace DataZones.Marketplace.Settlement;

/// <summary>
/// A data holder of a multi-source product (多源数据融合) and its weight: the holders' share of each bracket is split
/// in proportion to the weights (weight ÷ sum of weights), so weights need not add up to anything in particular.
/// </summary>
/// <param name="Holder">The holder; its kind must be <see cref="PartyKind.Holder"/>.</param>
/// <param name="Weight">A positive weight.</param>
public sealed record HolderWeight(PartyId Holder, decimal Weight);
