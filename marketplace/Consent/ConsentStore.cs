using System.Globalization;
using Azure.Data.Tables;
using DataZones.Marketplace.Persistence;

namespace DataZones.Marketplace.Consent;

/// <summary>
/// Consents (<c>consents</c>: PartitionKey = consent id, RowKey = <c>consent</c>, a point read per check) and their
/// use log (<c>consentuses</c>: PartitionKey = consent id, RowKey = time-ordered, so a person's read of one consent's
/// uses is one partition query). Uses are appended, never changed.
/// </summary>
public sealed class ConsentStore(PlatformTables tables)
{
    public const string ConsentsTable = "consents";
    public const string UsesTable = "consentuses";
    private const string Row = "consent";

    public async Task SaveAsync(ConsentRecord consent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(consent);
        var table = await tables.GetAsync(ConsentsTable, cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(consent.Id, Row)
        {
            ["SubjectKey"] = consent.SubjectKey,
            ["GranteeConsumerId"] = consent.GranteeConsumerId,
            ["Purposes"] = string.Join(' ', consent.Purposes),
            ["DataFrom"] = Day(consent.DataFrom),
            ["DataTo"] = Day(consent.DataTo),
            ["ValidUntil"] = consent.ValidUntil,
            ["GrantedAt"] = consent.GrantedAt,
            ["GrantedBy"] = consent.GrantedBy,
            ["RevokedAt"] = consent.RevokedAt,
        }, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<ConsentRecord?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (!Keys.IsSafe(id)) return null;
        var table = await tables.GetAsync(ConsentsTable, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(id, Row, cancellationToken: cancellationToken);
        if (!found.HasValue) return null;
        var e = found.Value!;
        return new ConsentRecord(e.PartitionKey, e.GetString("SubjectKey")!, e.GetString("GranteeConsumerId")!,
            e.GetString("Purposes")!.Split(' ', StringSplitOptions.RemoveEmptyEntries), ParseDay(e.GetString("DataFrom")), ParseDay(e.GetString("DataTo")),
            e.GetDateTimeOffset("ValidUntil")!.Value, e.GetDateTimeOffset("GrantedAt")!.Value, e.GetString("GrantedBy")!, e.GetDateTimeOffset("RevokedAt"));
    }

    /// <summary>Appends uses, several partitions at once; a retried write of the same use writes the same row.</summary>
    public async Task AppendUsesAsync(IReadOnlyList<ConsentUse> uses, int parallelism, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uses);
        if (uses.Count == 0) return;
        var table = await tables.GetAsync(UsesTable, cancellationToken);
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(uses.GroupBy(u => u.ConsentId, StringComparer.Ordinal), options, async (partition, token) =>
        {
            var actions = partition.Select(u => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(u))).ToList();
            if (actions.Count == 1) await table.UpsertEntityAsync((TableEntity)actions[0].Entity, TableUpdateMode.Replace, token);
            else foreach (var chunk in actions.Chunk(100)) await table.SubmitTransactionAsync(chunk, token);
        });
    }

    /// <summary>Every use of one consent, oldest first: one partition query.</summary>
    public async Task<IReadOnlyList<ConsentUse>> ListUsesAsync(string consentId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(UsesTable, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {consentId}");
        var uses = new List<ConsentUse>();
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            uses.Add(new ConsentUse(e.PartitionKey, e.GetDateTimeOffset("UsedAt")!.Value, e.GetString("ConsumerId")!, e.GetString("ProductId")!,
                e.GetString("OperationId")!, e.GetString("RequestId")!, e.GetInt32("Item") ?? 0));
        }

        return uses;
    }

    private static TableEntity ToEntity(ConsentUse use) =>
        new(use.ConsentId, string.Create(CultureInfo.InvariantCulture, $"{use.UsedAt.UtcTicks:D19}|{use.RequestId}|{use.Item:D5}"))
        {
            ["UsedAt"] = use.UsedAt,
            ["ConsumerId"] = use.ConsumerId,
            ["ProductId"] = use.ProductId,
            ["OperationId"] = use.OperationId,
            ["RequestId"] = use.RequestId,
            ["Item"] = use.Item,
        };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseDay(string? text) => DateOnly.ParseExact(text!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
