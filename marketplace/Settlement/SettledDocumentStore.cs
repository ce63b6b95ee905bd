using System.Globalization;
using Azure;
using Azure.Data.Tables;
using DataZones.Marketplace.Persistence;

namespace DataZones.Marketplace.Settlement;

/// <summary>
/// Which settlement month each document settled in (table <c>settlements</c>, partition <c>r-&lt;billing yyyyMM&gt;</c>,
/// row = document id). A settlement claims a document here before writing any of its lines, and a claim is only ever
/// added, so a document settles once, in one month, even if two months' runs meet it.
/// </summary>
public sealed class SettledDocumentStore(PlatformTables tables)
{
    private const string TableName = "settlements";

    /// <summary>The documents of a billing month that are settled, and the month each settled in.</summary>
    public async Task<IReadOnlyDictionary<string, DateOnly>> ForBillingMonthAsync(DateOnly billingMonth, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = Partition(billingMonth);
        var settled = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), cancellationToken: cancellationToken))
        {
            settled[e.RowKey] = Month(e.GetString("SettledIn")!);
        }
        return settled;
    }

    /// <summary>Claims <paramref name="documentId"/> for <paramref name="settlementMonth"/>; returns the month that holds it (this one, or an earlier claim's).</summary>
    public async Task<DateOnly> ClaimAsync(string documentId, DateOnly billingMonth, DateOnly settlementMonth, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        try
        {
            await table.AddEntityAsync(new TableEntity(Partition(billingMonth), documentId) { ["SettledIn"] = Keys.Month(settlementMonth) }, cancellationToken);
            return settlementMonth;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var existing = await table.GetEntityAsync<TableEntity>(Partition(billingMonth), documentId, cancellationToken: cancellationToken);
            return Month(existing.Value.GetString("SettledIn")!);
        }
    }

    private static string Partition(DateOnly billingMonth) => "r-" + Keys.Month(billingMonth);

    private static DateOnly Month(string yyyyMM) => DateOnly.ParseExact(yyyyMM + "01", "yyyyMMdd", CultureInfo.InvariantCulture);
}
