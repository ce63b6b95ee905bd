namespace DataZones.Marketplace.Settlement;

/// <summary>Chooses which version of a product's allocation policy settles a billing period.</summary>
public static class AllocationPolicyVersions
{
    /// <summary>
    /// The version in force on <paramref name="periodStart"/>, the first day of the billing period: the one with the
    /// latest <see cref="AllocationPolicy.EffectiveFrom"/> not after that day (the higher version if two share a
    /// date). A version that takes effect in the middle of a period therefore first applies to the next period, so
    /// one invoice line is never split across two policies. Null when no version is in force yet.
    /// </summary>
    /// <exception cref="ArgumentException">The versions belong to different products or repeat a version number.</exception>
    public static AllocationPolicy? InForce(IEnumerable<AllocationPolicy> versions, DateOnly periodStart)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var all = versions.ToList();
        if (all.Select(v => v.ProductId).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            throw new ArgumentException("Versions of different products cannot be compared.", nameof(versions));
        }

        if (all.Select(v => v.Version).Distinct().Count() != all.Count)
        {
            throw new ArgumentException("A version number appears twice; versions are never edited, only superseded.", nameof(versions));
        }

        return all
            .Where(v => v.EffectiveFrom <= periodStart)
            .OrderByDescending(v => v.EffectiveFrom)
            .ThenByDescending(v => v.Version)
            .FirstOrDefault();
    }
}
