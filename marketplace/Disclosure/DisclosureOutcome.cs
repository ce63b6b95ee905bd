namespace DataZones.Marketplace.Disclosure;

/// <summary>
/// The table as it may be published (same order as the input), or a refusal because a cell would differ from one
/// published earlier by fewer contributors than the minimum — the pair would give that small group away.
/// </summary>
public sealed record DisclosureOutcome(IReadOnlyList<ControlledCell>? Cells, bool TooCloseToEarlierAnswer)
{
    public static DisclosureOutcome Refused { get; } = new(null, true);
}
