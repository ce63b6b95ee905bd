using System.Globalization;
using DataZones.Marketplace.Identifiers;

namespace DataZones.Zones.Finance.DemoData;

/// <summary>Valid, synthetic credit codes and identity numbers for demo enterprises.</summary>
internal static class DemoIdentifiers
{
    /// <summary>How many enterprises can get distinct credit codes.</summary>
    public const int CapacityMaximum = 10_000_000;

    private static readonly int[] OrganizationCodeWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>
    /// "91" (industry-and-commerce registration, company) + district + a nine-character organisation code with its
    /// GB 11714 check, + the GB 32100 check. The seven digits after the first organisation-code character are a
    /// bijection of the index, so codes are distinct without remembering them.
    /// </summary>
    public static string CreditCode(DemoRandom random, int seed, int index, string districtCode)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, CapacityMaximum);
        var serial = (long)((((ulong)index * 7_654_321UL) + (uint)seed) % CapacityMaximum);
        var first = random.Pick("0123456789ABCDEFGHJKLMNPQRTUWXY".ToCharArray());
        var body = first + serial.ToString("D7", CultureInfo.InvariantCulture);
        var organizationCode = body + OrganizationCheck(body);
        return UnifiedSocialCreditCodeValidator.Complete("91" + districtCode + organizationCode);
    }

    /// <summary>A valid identity number of someone born in Qingdao between 25 and 64 years before the date.</summary>
    public static string IdentityNumber(DemoRandom random, string districtCode, DateOnly asOf)
    {
        var birth = asOf.AddYears(-random.Between(25, 64)).AddDays(-random.Next(365));
        var body = string.Create(CultureInfo.InvariantCulture, $"{districtCode}{birth:yyyyMMdd}{random.Next(1000):D3}");
        return ResidentIdentityNumberValidator.Complete(body);
    }

    // GB 11714: C9 = 11 − (Σ value × weight mod 11); 10 is written X and 11 is written 0.
    private static char OrganizationCheck(string body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var value = char.IsAsciiDigit(body[i]) ? body[i] - '0' : body[i] - 'A' + 10;
            sum += value * OrganizationCodeWeights[i];
        }

        return (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var check => (char)('0' + check),
        };
    }
}
