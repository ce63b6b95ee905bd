namespace DataZones.Zones.Transport.Underwriting;

/// <summary>The bands answers give in place of figures.</summary>
public static class Bands
{
    public static string Count(int count) => count switch
    {
        <= 0 => "0",
        1 => "1",
        <= 3 => "2-3",
        _ => "4+",
    };

    public static string AgeYears(int years) => years switch
    {
        < 3 => "0-2",
        <= 5 => "3-5",
        <= 10 => "6-10",
        _ => "11+",
    };

    /// <summary>A liability share: none (0 %), minor (1–49), equal (50), major (51–99), full (100).</summary>
    public static string Liability(int percent) => percent switch
    {
        <= 0 => "none",
        < 50 => "minor",
        50 => "equal",
        < 100 => "major",
        _ => "full",
    };

    public static string Days(int days) => days switch
    {
        <= 0 => "none",
        < 30 => "1-29",
        < 180 => "30-179",
        _ => "180+",
    };

    /// <summary>An odometer reading in bands of 10,000 km (<c>60000-69999</c>), never the reading itself.</summary>
    public static string Kilometres(int km)
    {
        var low = km / 10_000 * 10_000;
        return FormattableString.Invariant($"{low}-{low + 9_999}");
    }
}
