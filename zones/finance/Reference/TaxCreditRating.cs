using System.Text.Json.Serialization;

namespace DataZones.Zones.Finance.Reference;

/// <summary>
/// The tax bureau's annual tax credit rating (纳税信用等级). The numeric values order the ratings from worst to best,
/// so <c>rating &gt;= TaxCreditRating.B</c> reads as "B or better". M is given to new taxpayers without a full year
/// of history and ranks between B and C.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<TaxCreditRating>))]
public enum TaxCreditRating
{
    D = 0,
    C = 1,
    M = 2,
    B = 3,
    A = 4,
}
