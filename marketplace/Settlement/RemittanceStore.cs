using System.Globalization;
using Azure.Data.Tables;
using DataZones.Marketplace.Persistence;

namespace DataZones.Marketplace.Settlement;

/// <summary>
/// The netted remittances of a settled month (table <c>settlements</c>, partition <c>h-&lt;yyyyMM&gt;</c>, row = holder
/// party): what each settlement run computed from the month's statements and the previous settled month's carry.
/// The next month reads its brought-forward amounts here, so the chain of carries is one partition read per month.
/// </summary>
public sealed class RemittanceStore(PlatformTables tables)
{
    private const string TableName = "settlements";

    /// <summary>One holder's netted month, before the report adds the item and the due date.</summary>
    public sealed record Row(string Party, decimal Shares, decimal BroughtForward, decimal Amount, decimal CarriedForward, int Transactions);

    public async Task WriteAsync(DateOnly month, IReadOnlyList<Row> rows, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        foreach (var chunk in rows.Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(Partition(month), r.Party)
            {
                ["Shares"] = Money(r.Shares),
                ["BroughtForward"] = Money(r.BroughtForward),
                ["Amount"] = Money(r.Amount),
                ["CarriedForward"] = Money(r.CarriedForward),
                ["Transactions"] = r.Transactions,
            })), cancellationToken);
        }
    }

    public async Task<IReadOnlyList<Row>> ForMonthAsync(DateOnly month, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = Partition(month);
        var rows = new List<Row>();
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), cancellationToken: cancellationToken))
        {
            rows.Add(new Row(e.RowKey, Parse(e.GetString("Shares")!), Parse(e.GetString("BroughtForward")!), Parse(e.GetString("Amount")!),
                Parse(e.GetString("CarriedForward")!), e.GetInt32("Transactions")!.Value));
        }
        return [.. rows.OrderBy(r => r.Party, StringComparer.Ordinal)];
    }

    private static string Partition(DateOnly month) => "h-" + Keys.Month(month);

    private static string Money(decimal yuan) => yuan.ToString(CultureInfo.InvariantCulture);

    private static decimal Parse(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
