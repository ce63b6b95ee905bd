namespace DataZones.Zones.Finance.DemoData;

/// <summary>Word lists the demo names are built from. Names are invented; any likeness to a real one is chance.</summary>
internal static class DemoVocabulary
{
    public static readonly string[] BrandSyllables =
    [
        "海", "诚", "信", "达", "恒", "瑞", "泰", "鑫", "华", "宏", "博", "安", "康", "盛", "源", "润", "德", "通", "利", "嘉",
        "佳", "远", "创", "智", "蓝", "港", "崂", "胶", "琴", "青", "鲁", "东", "方", "新", "联", "融", "益", "和", "兴", "丰",
        "航", "澳", "晟", "昊", "峰", "辰", "宇", "卓", "越", "启",
    ];

    /// <summary>GB/T 4754 division, the word it puts in a company name, and its relative frequency.</summary>
    public static readonly (string Code, string Word, int Weight)[] Industries =
    [
        ("A04", "水产", 2), ("C13", "食品", 5), ("C18", "服饰", 4), ("C26", "化工", 3), ("C34", "机械", 6),
        ("C35", "设备", 4), ("C37", "船舶", 2), ("C39", "电子", 5), ("C40", "仪器", 2), ("E47", "建筑工程", 6),
        ("F51", "贸易", 12), ("F52", "商贸", 10), ("G54", "运输", 4), ("G55", "海运", 2), ("G58", "物流", 5),
        ("H62", "餐饮管理", 5), ("I64", "网络科技", 5), ("I65", "信息技术", 6), ("K70", "置业", 2),
        ("L72", "商务咨询", 6), ("M73", "生物科技", 2), ("M75", "科技", 6), ("R86", "文化传媒", 3),
    ];

    /// <summary>District code and its relative frequency (the urban districts hold more firms).</summary>
    public static readonly (string Code, int Weight)[] Districts =
    [
        ("370202", 14), ("370203", 13), ("370211", 18), ("370212", 10), ("370213", 8),
        ("370214", 11), ("370215", 8), ("370281", 8), ("370283", 5), ("370285", 5),
    ];

    public static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗",
        "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕", "苏",
        "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "潘", "杜", "戴", "夏", "钟", "汪", "田", "任", "姜", "范", "方",
        "石", "姚", "谭", "邹", "金", "陆", "孔", "崔", "毛", "秦", "江", "史", "顾", "侯", "邵", "孟", "龙", "万", "欧阳",
    ];

    public static readonly string[] GivenNameCharacters =
    [
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平",
        "刚", "桂", "英", "华", "玉", "兰", "萍", "红", "建", "国", "志", "文", "斌", "宁", "海", "波", "辉", "鹏", "飞", "晓",
        "峰", "雪", "梅", "琳", "婷", "宇", "浩", "然", "涵", "欣", "怡", "俊", "立", "东", "春", "庆", "德", "成", "永", "祥",
    ];

    /// <summary>Picks from weighted items.</summary>
    public static T PickWeighted<T>(DemoRandom random, IReadOnlyList<(T Item, int Weight)> items)
    {
        var roll = random.Next(items.Sum(i => i.Weight));
        foreach (var (item, weight) in items)
        {
            if ((roll -= weight) < 0)
            {
                return item;
            }
        }

        throw new InvalidOperationException("Weights must be positive.");
    }
}
