namespace DataZones.Zones.Transport.Vin;

/// <summary>
/// World manufacturer identifiers (VIN positions 1–3, ISO 3780) of makes built and sold in China. Source: the WMIs
/// the manufacturers filed with NHTSA (vPIC's manufacturer list) and SAE's WMI register as summarised in public
/// references; docs/transport.md names the source and how to add a line. A WMI not listed decodes as an unknown
/// manufacturer with its region, not as an error: the table is a convenience, the check digit is the rule.
/// </summary>
public static class WorldManufacturerIdentifiers
{
    public static IReadOnlyDictionary<string, Manufacturer> China { get; } = new Dictionary<string, Manufacturer>(StringComparer.Ordinal)
    {
        ["LFV"] = new("FAW-Volkswagen", "一汽-大众", "passenger-car"),
        ["LSV"] = new("SAIC Volkswagen", "上汽大众", "passenger-car"),
        ["LSG"] = new("SAIC-GM", "上汽通用", "passenger-car"),
        ["LSJ"] = new("SAIC Motor (MG, Roewe)", "上汽乘用车", "passenger-car"),
        ["LZW"] = new("SAIC-GM-Wuling", "上汽通用五菱", "passenger-car"),
        ["LFM"] = new("FAW Toyota", "一汽丰田", "passenger-car"),
        ["LVG"] = new("GAC Toyota", "广汽丰田", "passenger-car"),
        ["LHG"] = new("GAC Honda", "广汽本田", "passenger-car"),
        ["LGB"] = new("Dongfeng Nissan", "东风日产", "passenger-car"),
        ["LDC"] = new("Dongfeng Peugeot Citroën", "神龙汽车", "passenger-car"),
        ["LVS"] = new("Changan Ford", "长安福特", "passenger-car"),
        ["LS5"] = new("Changan Automobile", "长安汽车", "passenger-car"),
        ["LBV"] = new("BMW Brilliance", "华晨宝马", "passenger-car"),
        ["LE4"] = new("Beijing Benz", "北京奔驰", "passenger-car"),
        ["LBE"] = new("Beijing Hyundai", "北京现代", "passenger-car"),
        ["LJD"] = new("Dongfeng Yueda Kia", "东风悦达起亚", "passenger-car"),
        ["LNB"] = new("BAIC Motor", "北京汽车", "passenger-car"),
        ["LRW"] = new("Tesla (Shanghai)", "特斯拉(上海)", "passenger-car"),
        ["LGX"] = new("BYD Auto", "比亚迪", "passenger-car"),
        ["LC0"] = new("BYD Auto", "比亚迪", "passenger-car"),
        ["LGW"] = new("Great Wall Motor", "长城汽车", "passenger-car"),
        ["LB3"] = new("Geely Automobile", "吉利汽车", "passenger-car"),
        ["L6T"] = new("Geely Automobile", "吉利汽车", "passenger-car"),
        ["LVV"] = new("Chery Automobile", "奇瑞汽车", "passenger-car"),
        ["LZZ"] = new("China National Heavy Duty Truck (Sinotruk)", "中国重汽", "truck"),
        ["LZG"] = new("Shaanxi Automobile (Shacman)", "陕西汽车", "truck"),
        ["LGA"] = new("Dongfeng Commercial Vehicle", "东风商用车", "truck"),
        ["LVB"] = new("Beiqi Foton", "北汽福田", "truck"),
        ["LZY"] = new("Zhengzhou Yutong Bus", "宇通客车", "bus"),
    };

    /// <summary>The region of a WMI's first character (ISO 3780 allocation), for makes not in the table.</summary>
    public static string Region(char first) => first switch
    {
        >= 'A' and <= 'H' => "africa",
        >= 'J' and <= 'R' => "asia",
        >= 'S' and <= 'Z' => "europe",
        >= '1' and <= '5' => "north-america",
        '6' or '7' => "oceania",
        _ => "south-america",
    };
}
