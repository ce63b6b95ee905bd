using System.Globalization;
using System.Text;

namespace DataZones.Marketplace.Usage;

/// <summary>Roll-ups as CSV (RFC 4180, UTF-8, header row): <c>day,productId,planId,calls,units,amount</c>.</summary>
public static class UsageCsv
{
    public static byte[] Write(IEnumerable<UsageRollup> rollups)
    {
        var text = new StringBuilder("day,productId,planId,calls,units,amount\r\n");
        foreach (var r in rollups)
        {
            text.Append(CultureInfo.InvariantCulture, $"{r.Day:yyyy-MM-dd},{Field(r.ProductId)},{Field(r.PlanId)},{r.Calls},{r.Units},{r.Amount.ToString(CultureInfo.InvariantCulture)}\r\n");
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
