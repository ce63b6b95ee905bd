namespace DataZones.Marketplace.Disclosure;

/// <summary>
/// A cell of a statistical table before disclosure control: where it sits (its coordinates, e.g.
/// <c>age=50-64;sex=F;measure=persons</c>, the same string wherever the same cell appears in another answer) and
/// the distinct contributors it counts (keyed hashes, never identities).
/// </summary>
public sealed class StatisticalCell
{
    public StatisticalCell(string coordinates, IEnumerable<string> contributors)
    {
        ArgumentException.ThrowIfNullOrEmpty(coordinates);
        ArgumentNullException.ThrowIfNull(contributors);
        Coordinates = coordinates;
        Contributors = ContributorKeys.Of(contributors);
    }

    public string Coordinates { get; }

    /// <summary>The contributors as sorted, distinct 64-bit keys: what the overlap audit compares.</summary>
    public ulong[] Contributors { get; }

    public int Count => Contributors.Length;
}
