namespace DataZones.Zones.Finance.DemoData;

/// <summary>
/// SplitMix64: a small generator whose output is fixed by its seed on every runtime and version, which
/// <see cref="System.Random"/> does not promise. Demo data must be byte-identical for a seed.
/// </summary>
internal sealed class DemoRandom(ulong seed)
{
    private ulong _state = seed;

    /// <summary>A generator for one item of a seeded collection, independent of the other items.</summary>
    public static DemoRandom For(int seed, int index) =>
        new(Mix((ulong)(uint)seed) ^ Mix(0x632BE59BD9B4E019UL + (ulong)index));

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>Uniform in [0, maximum).</summary>
    public int Next(int maximum)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maximum);
        return (int)(NextUInt64() % (ulong)maximum);
    }

    /// <summary>Uniform in [minimum, maximum].</summary>
    public int Between(int minimum, int maximum) => minimum + Next(maximum - minimum + 1);

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
