namespace DataZones.Zones.Medical.DemoData;

/// <summary>Demo medical institutions: three in each of Qingdao's ten districts (codes <c>QD{division}-{nn}</c>).</summary>
public static class DemoInstitutions
{
    private static readonly string[] Districts = ["370202", "370203", "370211", "370212", "370213", "370214", "370215", "370281", "370283", "370285"];

    public static IReadOnlyList<string> All { get; } =
        Districts.SelectMany(d => Enumerable.Range(1, 3).Select(n => $"QD{d}-{n:00}")).ToList();

    public static IReadOnlyList<string> DistrictCodes => Districts;
}
