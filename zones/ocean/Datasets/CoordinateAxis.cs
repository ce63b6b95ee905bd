namespace DataZones.Zones.Ocean.Datasets;

/// <summary>
/// A 1-D, strictly ascending coordinate (latitude south to north, longitude west to east, depth downwards), whose
/// values are the centres of grid cells. Lookups return indices; a value outside the axis' extent has no index.
/// </summary>
public sealed class CoordinateAxis
{
    public CoordinateAxis(string name, string units, IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            throw new ArgumentException($"Axis '{name}' has no values.", nameof(values));
        }
        for (var i = 1; i < values.Count; i++)
        {
            if (!(values[i] > values[i - 1]))
            {
                throw new InvalidDataException($"Axis '{name}' is not strictly ascending at index {i}.");
            }
        }
        Name = name;
        Units = units;
        _values = values.ToArray();
        HalfCell = values.Count > 1 ? (values[^1] - values[0]) / (values.Count - 1) / 2 : 0;
    }

    public string Name { get; }

    public string Units { get; }

    private readonly double[] _values;

    public IReadOnlyList<double> Values => _values;

    public int Count => Values.Count;

    /// <summary>Half the mean spacing: a cell reaches this far either side of its centre.</summary>
    public double HalfCell { get; }

    /// <summary>The lowest value a cell of this axis covers (the first centre minus half a cell).</summary>
    public double Minimum => Values[0] - HalfCell;

    /// <summary>The highest value a cell of this axis covers.</summary>
    public double Maximum => Values[^1] + HalfCell;

    /// <summary>The index of the centre nearest to <paramref name="value"/>, or null when it lies outside every cell.</summary>
    public int? NearestIndex(double value)
    {
        if (double.IsNaN(value) || value < Minimum || value > Maximum)
        {
            return null;
        }
        var found = Array.BinarySearch(_values, value);
        if (found >= 0)
        {
            return found;
        }
        var above = ~found;
        if (above == 0)
        {
            return 0;
        }
        if (above == Count)
        {
            return Count - 1;
        }
        // Ties go to the lower index so that a point on a cell edge has one, documented, answer.
        return value - Values[above - 1] <= Values[above] - value ? above - 1 : above;
    }

    /// <summary>The indices whose centres lie in [<paramref name="low"/>, <paramref name="high"/>], or null when none do.</summary>
    public IndexRange? RangeWithin(double low, double high)
    {
        var first = -1;
        var last = -1;
        for (var i = 0; i < Count; i++)
        {
            if (Values[i] >= low && Values[i] <= high)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return first < 0 ? null : new IndexRange(first, last - first + 1);
    }
}
