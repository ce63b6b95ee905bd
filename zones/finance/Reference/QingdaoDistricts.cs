namespace DataZones.Zones.Finance.Reference;

/// <summary>
/// The county-level divisions of Qingdao (administrative division codes 3702xx) that registry records may carry.
/// </summary>
public static class QingdaoDistricts
{
    /// <summary>Code → (English name, Chinese name).</summary>
    public static IReadOnlyDictionary<string, (string Name, string NameChinese)> All { get; } =
        new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            ["370202"] = ("Shinan", "市南区"),
            ["370203"] = ("Shibei", "市北区"),
            ["370211"] = ("Huangdao", "黄岛区"),
            ["370212"] = ("Laoshan", "崂山区"),
            ["370213"] = ("Licang", "李沧区"),
            ["370214"] = ("Chengyang", "城阳区"),
            ["370215"] = ("Jimo", "即墨区"),
            ["370281"] = ("Jiaozhou", "胶州市"),
            ["370283"] = ("Pingdu", "平度市"),
            ["370285"] = ("Laixi", "莱西市"),
        };

    /// <summary>Whether <paramref name="code"/> is one of the districts above.</summary>
    public static bool Contains(string code) => All.ContainsKey(code);
}
