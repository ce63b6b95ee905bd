using DataZones.Zones.Finance.Reference;

namespace DataZones.Zones.Finance.DemoData;

/// <summary>
/// Makes demo enterprise number <c>index</c> of a seeded population, from a generator of its own, so any source
/// file can be written alone and still agree with the others. One latent "soundness" per firm, raised by age,
/// drives every source: older, larger, sounder firms get better tax ratings, steadier payments, growing headcounts
/// and fewer court records; dishonest-debtor listings follow open enforcement cases and poor tax ratings.
/// </summary>
internal static class DemoEnterpriseFactory
{
    private static readonly ((string Code, string Word) Item, int Weight)[] Industries =
        [.. DemoVocabulary.Industries.Select(i => ((i.Code, i.Word), i.Weight))];

    public static DemoEnterprise Create(int seed, int index, DateOnly asOf)
    {
        var random = DemoRandom.For(seed, index);
        var district = DemoVocabulary.PickWeighted(random, DemoVocabulary.Districts);
        var industry = DemoVocabulary.PickWeighted(random, Industries);
        var creditCode = DemoIdentifiers.CreditCode(random, seed, index, district);

        // Many young firms, few old ones: age in years is 30·u^1.8.
        var ageDays = (int)(30 * 365.25 * Math.Pow(random.NextDouble(), 1.8)) + 30;
        var establishedOn = asOf.AddDays(-ageDays);
        var soundness = Math.Clamp((0.65 * random.NextDouble()) + (0.35 * Math.Min(ageDays / 365.25 / 15, 1)), 0, 1);
        var capital = Capital(random, soundness);
        var status = random.Chance(0.05 * (1 - soundness)) ? EnterpriseStatus.Revoked
            : random.Chance(0.02 + (0.04 * (1 - soundness))) ? EnterpriseStatus.Cancelled
            : EnterpriseStatus.Active;
        var history = new DemoHistory(random, creditCode, establishedOn, asOf, soundness, status);
        var taxRatings = history.TaxRatings();
        var headcounts = history.Headcounts(capital);
        var utilityPayments = history.UtilityPayments();
        var legalRecords = history.LegalRecords(district, taxRatings);

        return new DemoEnterprise(
            creditCode,
            CompanyName(random, industry.Word),
            status,
            PersonName(random),
            DemoIdentifiers.IdentityNumber(random, district, asOf),
            capital,
            establishedOn,
            industry.Code,
            district,
            taxRatings,
            headcounts,
            utilityPayments,
            legalRecords.Penalties,
            legalRecords.Enforcements,
            legalRecords.Listings);
    }

    // Log-uniform from ¥100,000 to ¥100 million, tilted up by soundness, rounded to ¥10,000.
    private static decimal Capital(DemoRandom random, double soundness)
    {
        var exponent = 5 + (3 * ((0.55 * random.NextDouble()) + (0.45 * soundness)));
        return Math.Round((decimal)Math.Pow(10, exponent) / 10_000m, 0, MidpointRounding.ToEven) * 10_000m;
    }

    private static string CompanyName(DemoRandom random, string industryWord)
    {
        var brand = random.Pick(DemoVocabulary.BrandSyllables) + random.Pick(DemoVocabulary.BrandSyllables);
        var branch = random.Chance(0.05) ? "（" + random.Pick(["黄岛", "城阳", "即墨", "胶州"]) + "）" : string.Empty;
        var form = random.Next(20) switch
        {
            < 17 => "有限公司",
            < 19 => "股份有限公司",
            _ => "有限责任公司",
        };
        return "青岛" + brand + branch + industryWord + form;
    }

    private static string PersonName(DemoRandom random) =>
        random.Pick(DemoVocabulary.Surnames)
        + random.Pick(DemoVocabulary.GivenNameCharacters)
        + (random.Chance(0.7) ? random.Pick(DemoVocabulary.GivenNameCharacters) : string.Empty);
}
