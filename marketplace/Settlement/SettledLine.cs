using System.Globalization;

namespace DataZones.Marketplace.Settlement;

/// <summary>
/// A settled transaction as recorded: the line, the policy version used (0 = the default policy), and every party's
/// amount. Written after the parties' statement entries, so it is the commit point: a line recorded here is settled,
/// and a settlement run never settles it again.
/// </summary>
public sealed record SettledLine(
    string DocumentId,
    int LineNumber,
    string ConsumerId,
    string ProductId,
    DateOnly BillingPeriodStart,
    decimal Revenue,
    int PolicyVersion,
    IReadOnlyList<SettledPart> Parts)
{
    public string LineKey => Key(DocumentId, LineNumber);

    public static string Key(string documentId, int lineNumber) => documentId + "|" + lineNumber.ToString("D3", CultureInfo.InvariantCulture);
}
