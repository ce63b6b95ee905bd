namespace DataZones.Marketplace.Disclosure;

/// <summary>What disclosure control decided for a cell.</summary>
public enum CellStatus
{
    /// <summary>Published (rounded).</summary>
    Published,

    /// <summary>Withheld: fewer contributors than the minimum (primary suppression).</summary>
    TooFewContributors,

    /// <summary>Withheld so that a withheld cell cannot be worked out from a published total (complementary suppression).</summary>
    ProtectsAnother,
}
