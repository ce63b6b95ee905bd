namespace DataZones.Marketplace.Settlement;

/// <summary>The policy that settles a product's lines for a period, and whether it is the built-in default.</summary>
/// <param name="Policy">The version in force on the period's first day.</param>
/// <param name="IsDefault">
/// True when the product has no stored version in force then, so <see cref="AllocationPolicy.DemoDefault"/> with the
/// product's holders applies (recorded as version 0 on settled lines, since stored versions start at 1).
/// </param>
public sealed record PolicyInForce(AllocationPolicy Policy, bool IsDefault)
{
    /// <summary>The version settled lines record: the stored version, or 0 for the default.</summary>
    public int RecordedVersion => IsDefault ? 0 : Policy.Version;
}
