using System.Globalization;
using System.Text;
using DataZones.Marketplace.Pricing;

namespace DataZones.Marketplace.Settlement;

/// <summary>The remittance list as CSV (RFC 4180, UTF-8 with BOM so spreadsheet software reads the Chinese item).</summary>
public static class RemittanceCsv
{
    public static byte[] Write(IEnumerable<RemittanceLine> lines)
    {
        var text = new StringBuilder("period,holderId,item,itemEnglish,shares,broughtForward,amount,carriedForward,transactions,dueDate\r\n");
        foreach (var l in lines)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{l.Period},{Field(l.HolderId)},{l.Item},{l.ItemEnglish},{Fen.Format(l.Shares)},{Fen.Format(l.BroughtForward)},{Fen.Format(l.Amount)},{Fen.Format(l.CarriedForward)},{l.Transactions},{l.DueDate:yyyy-MM-dd}\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
