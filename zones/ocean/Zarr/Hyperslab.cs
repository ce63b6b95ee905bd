namespace DataZones.Zones.Ocean.Zarr;

/// <summary>
/// A rectangular selection of an array: for each dimension, the first index and how many indices. Values of a
/// hyperslab are laid out in C order with <see cref="Count"/> as their shape.
/// </summary>
public sealed record Hyperslab
{
    public Hyperslab(IReadOnlyList<int> start, IReadOnlyList<int> count)
    {
        if (start.Count != count.Count || start.Count == 0)
        {
            throw new ArgumentException("Start and count need the same, non-zero, number of dimensions.");
        }
        if (start.Any(i => i < 0) || count.Any(n => n < 0))
        {
            throw new ArgumentException("Hyperslab starts and counts cannot be negative.");
        }
        Start = start.ToArray();
        Count = count.ToArray();
    }

    public IReadOnlyList<int> Start { get; }

    public IReadOnlyList<int> Count { get; }

    public int Rank => Start.Count;

    public long ElementCount => Count.Aggregate(1L, (product, n) => product * n);

    /// <summary>The whole of an array of the given shape.</summary>
    public static Hyperslab All(IReadOnlyList<int> shape) => new(new int[shape.Count], shape);

    /// <summary>True when the hyperslab lies inside an array of the given shape.</summary>
    public bool FitsIn(IReadOnlyList<int> shape)
    {
        if (shape.Count != Rank)
        {
            return false;
        }
        for (var d = 0; d < Rank; d++)
        {
            if ((long)Start[d] + Count[d] > shape[d])
            {
                return false;
            }
        }
        return true;
    }
}
