using System.Globalization;
using DataZones.Marketplace.Persistence;

namespace DataZones.Marketplace.Billing;

/// <summary>
/// Document ids, deterministic per consumer × month × revision, so that running a close twice finds the invoice the
/// first run made instead of making another. The consumer id inside makes the number unique platform-wide.
/// </summary>
public static class InvoiceIds
{
    public const string InvoicePrefix = "INV-";
    public const string CreditNotePrefix = "CN-";

    public static string Invoice(DateOnly periodStart, string consumerId, int revision) =>
        MonthPrefix(InvoicePrefix, periodStart, consumerId) + revision.ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>The credit note that cancels <paramref name="invoiceId"/>: one per invoice, so voiding twice cannot make two.</summary>
    public static string CreditNoteFor(string invoiceId) => CreditNotePrefix + invoiceId[InvoicePrefix.Length..];

    /// <summary>The common start of a consumer's invoice ids for a month, for a row-key range query.</summary>
    public static string MonthPrefix(string kindPrefix, DateOnly periodStart, string consumerId) =>
        $"{kindPrefix}{Keys.Month(periodStart)}-{consumerId}-";
}
