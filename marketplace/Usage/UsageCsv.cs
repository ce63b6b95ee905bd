using System.Globalization;
using System.Text;

namespace DataZones.Marketplace.Usage;

/// <summary>
/// Roll-ups as CSV (RFC 4180, UTF-8, header row): <c>day,productId,subscriptionId,planId,planVersion,calls,units,amount</c>.
/// <c>amount</c> is the sum of the calls' amounts as they were told (exact); an invoice line's metered amount is the
/// sum of its rows.
/// </summary>
public static class UsageCsv
{
    public static byte[] Write(IEnumerable<UsageRollup> rollups)
    {
        var text = new StringBuilder("day,productId,subscriptionId,planId,planVersion,calls,units,amount\r\n");
        foreach (var r in rollups)
        {
            text.Append(CultureInfo.InvariantCulture, $"{r.Day:yyyy-MM-dd},{Field(r.ProductId)},{Field(r.SubscriptionId)},{Field(r.PlanId)},{r.PlanVersion},{r.Calls},{r.Units},{r.Amount.ToString(CultureInfo.InvariantCulture)}\r\n");
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
