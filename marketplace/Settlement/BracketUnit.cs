namespace DataZones.Marketplace.Settlement;

/// <summary>How an <see cref="AllocationBracket"/>'s bound is expressed.</summary>
public enum BracketUnit
{
    /// <summary>Bounds are yuan amounts of the transaction's revenue.</summary>
    Amount,

    /// <summary>Bounds are multiples of the policy's baseline (1 = the baseline, 3 = three times it).</summary>
    BaselineMultiple,
}
