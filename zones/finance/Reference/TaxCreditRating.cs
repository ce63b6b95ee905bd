using System.Text.Json.Serialization;

namespace DataZones.Zones.Finance.Reference;

/// <summary>
/// The tax bureau's annual tax credit rating (纳税信用等级). The numeric values order the ratings from worst to best,
/// so <c>rating &gt;= TaxCreditRating.B</c> reads as "B or better". M is given to new taxpayers without a full year
/// of history and ranks between B and C. Written as the bureau writes them (upper case), whatever the API's enum
/// naming policy.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<TaxCreditRating>))]
public enum TaxCreditRating
{
    [JsonStringEnumMemberName("D")]
    D = 0,

    [JsonStringEnumMemberName("C")]
    C = 1,

    [JsonStringEnumMemberName("M")]
    M = 2,

    [JsonStringEnumMemberName("B")]
    B = 3,

    [JsonStringEnumMemberName("A")]
    A = 4,
}
