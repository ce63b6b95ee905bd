namespace DataZones.Zones.Ocean.Datasets;

/// <summary>A contiguous run of indices along one axis.</summary>
public readonly record struct IndexRange(int Start, int Count)
{
    public int End => Start + Count;
}
