using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using DataZones.Marketplace.Hosting;
using DataZones.Marketplace.Persistence;
using DataZones.Marketplace.Pricing;

namespace DataZones.Marketplace.Billing;

/// <summary>
/// How documents are stored in table <c>invoices</c>: in the consumer's partition <c>c-&lt;consumer&gt;</c> a header row
/// <c>&lt;id&gt;</c> naming its write attempt (<c>Attempt</c>) and a row per line <c>&lt;id&gt;|&lt;attempt&gt;|&lt;NNN&gt;</c>;
/// a document is its header with the lines of the header's attempt. Money as invariant strings (tables have no
/// decimal). Rows of the older layout (<c>&lt;id&gt;|&lt;NNN&gt;</c>, a header without <c>Attempt</c>) read as attempt "".
/// </summary>
internal static class InvoiceEntity
{
    public const char LineSeparator = '|';

    public static string Partition(string consumerId) => "c-" + consumerId;

    public static string LineRowKey(string documentId, string attempt, int lineNumber) =>
        documentId + LineSeparator + attempt + LineSeparator + lineNumber.ToString("D3", CultureInfo.InvariantCulture);

    /// <summary>The header committing the lines of <paramref name="attempt"/>; without one, for a merge that keeps it.</summary>
    public static TableEntity Header(Invoice d, string? attempt = null)
    {
        var header = Header(d);
        if (attempt is not null) header["Attempt"] = attempt;
        return header;
    }

    private static TableEntity Header(Invoice d) => new(Partition(d.ConsumerId), d.Id)
    {
        ["Kind"] = d.Kind.ToString(),
        ["ConsumerId"] = d.ConsumerId,
        ["Period"] = Keys.Month(d.PeriodStart),
        ["Revision"] = d.Revision,
        ["State"] = d.State.ToString(),
        ["Total"] = Money(d.Total),
        ["LineCount"] = d.Lines.Count,
        ["CreatedAt"] = d.CreatedAt,
        ["IssuedAt"] = d.IssuedAt,
        ["PaidAt"] = d.PaidAt,
        ["VoidedAt"] = d.VoidedAt,
        ["RelatedId"] = d.RelatedId,
    };

    public static TableEntity Line(Invoice d, string attempt, InvoiceLine l) => new(Partition(d.ConsumerId), LineRowKey(d.Id, attempt, l.LineNumber))
    {
        ["LineNumber"] = l.LineNumber,
        ["ProductId"] = l.ProductId,
        ["PlanId"] = l.PlanId,
        ["Units"] = l.Units,
        ["BilledUnits"] = l.BilledUnits,
        ["IncludedUnitsUsed"] = l.IncludedUnitsUsed,
        ["OverageUnits"] = l.OverageUnits,
        ["OverageUnitPrice"] = Money(l.OverageUnitPrice),
        ["UnitsBeyondCap"] = l.UnitsBeyondCap,
        ["MonthlyFee"] = Money(l.MonthlyFee),
        ["Tiers"] = JsonSerializer.Serialize(l.Tiers, PlatformJson.Options),
        ["ExactAmount"] = Money(l.ExactAmount),
        ["Amount"] = Money(l.Amount),
        ["SubscriptionId"] = l.SubscriptionId,
        ["PlanVersion"] = l.PlanVersion,
        ["MeteredAmount"] = Money(l.MeteredAmount),
        ["AdjustmentAmount"] = Money(l.AdjustmentAmount),
    };

    /// <summary>Documents from a partition's rows (headers and lines in row-key order); lines without a header are ignored.</summary>
    public static List<(Invoice Document, Azure.ETag ETag)> Read(IEnumerable<TableEntity> rows)
    {
        var documents = new List<(Invoice, Azure.ETag)>();
        var lines = new Dictionary<string, List<InvoiceLine>>(StringComparer.Ordinal);
        var headers = new List<TableEntity>();
        foreach (var row in rows)
        {
            var separator = row.RowKey.IndexOf(LineSeparator, StringComparison.Ordinal);
            if (separator < 0)
            {
                headers.Add(row);
                continue;
            }
            var rest = row.RowKey[(separator + 1)..];
            var attempt = rest.Contains(LineSeparator, StringComparison.Ordinal) ? rest[..rest.IndexOf(LineSeparator, StringComparison.Ordinal)] : "";
            AddLine(lines, row.RowKey[..separator] + LineSeparator + attempt, ToLine(row));
        }
        foreach (var h in headers)
        {
            var own = lines.GetValueOrDefault(h.RowKey + LineSeparator + (h.GetString("Attempt") ?? "")) ?? [];
            documents.Add((ToDocument(h, [.. own.OrderBy(l => l.LineNumber)]), h.ETag));
        }
        return documents;
    }

    private static void AddLine(Dictionary<string, List<InvoiceLine>> lines, string id, InvoiceLine line)
    {
        if (!lines.TryGetValue(id, out var list)) lines[id] = list = [];
        list.Add(line);
    }

    private static Invoice ToDocument(TableEntity e, IReadOnlyList<InvoiceLine> lines) => new(
        e.RowKey,
        Enum.Parse<InvoiceKind>(e.GetString("Kind")!),
        e.GetString("ConsumerId")!,
        Month(e.GetString("Period")!),
        e.GetInt32("Revision")!.Value,
        Enum.Parse<InvoiceState>(e.GetString("State")!),
        ParseMoney(e.GetString("Total")!),
        lines,
        e.GetDateTimeOffset("CreatedAt")!.Value,
        e.GetDateTimeOffset("IssuedAt"),
        e.GetDateTimeOffset("PaidAt"),
        e.GetDateTimeOffset("VoidedAt"),
        e.GetString("RelatedId"));

    private static InvoiceLine ToLine(TableEntity e) => new(
        e.GetInt32("LineNumber")!.Value,
        e.GetString("ProductId")!,
        e.GetString("PlanId")!,
        e.GetInt64("Units")!.Value,
        e.GetInt64("BilledUnits")!.Value,
        e.GetInt64("IncludedUnitsUsed")!.Value,
        e.GetInt64("OverageUnits")!.Value,
        ParseMoney(e.GetString("OverageUnitPrice")!),
        e.GetInt64("UnitsBeyondCap")!.Value,
        ParseMoney(e.GetString("MonthlyFee")!),
        JsonSerializer.Deserialize<List<TierCharge>>(e.GetString("Tiers")!, PlatformJson.Options)!,
        ParseMoney(e.GetString("ExactAmount")!),
        ParseMoney(e.GetString("Amount")!),
        e.GetString("SubscriptionId") ?? "",
        e.GetInt32("PlanVersion") ?? 0,
        ParseMoney(e.GetString("MeteredAmount") ?? "0"),
        ParseMoney(e.GetString("AdjustmentAmount") ?? "0"));

    public static string Money(decimal yuan) => yuan.ToString(CultureInfo.InvariantCulture);

    public static decimal ParseMoney(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    public static DateOnly Month(string yyyyMM) => DateOnly.ParseExact(yyyyMM + "01", "yyyyMMdd", CultureInfo.InvariantCulture);
}
