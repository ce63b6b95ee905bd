namespace DataZones.Marketplace.Disclosure;

/// <summary>Published counts are rounded to the nearest multiple of the base (halves up): no exact total leaves.</summary>
public static class CountRounding
{
    public static int Round(int count, int roundingBase)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(roundingBase, 1);
        return (count + roundingBase / 2) / roundingBase * roundingBase;
    }
}
