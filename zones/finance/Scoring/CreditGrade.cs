using System.Text.Json.Serialization;

namespace DataZones.Zones.Finance.Scoring;

/// <summary>The letter grade of a credit score. Ordered from worst to best.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CreditGrade>))]
public enum CreditGrade
{
    /// <summary>Under 350.</summary>
    [JsonStringEnumMemberName("C")]
    C,

    /// <summary>350–449.</summary>
    [JsonStringEnumMemberName("B")]
    B,

    /// <summary>450–549.</summary>
    [JsonStringEnumMemberName("BB")]
    DoubleB,

    /// <summary>550–649.</summary>
    [JsonStringEnumMemberName("BBB")]
    TripleB,

    /// <summary>650–749.</summary>
    [JsonStringEnumMemberName("A")]
    A,

    /// <summary>750–849.</summary>
    [JsonStringEnumMemberName("AA")]
    DoubleA,

    /// <summary>850 and above.</summary>
    [JsonStringEnumMemberName("AAA")]
    TripleA,
}
