using Azure.Data.Tables;
using DataZones.Marketplace.Persistence;

namespace DataZones.Marketplace.Consumers;

/// <summary>
/// Table <c>consumers</c>: one partition (the platform has hundreds of consumers, not millions), row = consumer id,
/// so a listing is one partition read and a lookup is a point read.
/// </summary>
public sealed class ConsumerStore(PlatformTables tables)
{
    private const string TableName = "consumers";
    private const string Partition = "consumer";

    public async Task AddAsync(Consumer consumer, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        await table.AddEntityAsync(new TableEntity(Partition, consumer.Id)
        {
            ["Name"] = consumer.Name,
            ["Kind"] = consumer.Kind.ToString(),
            ["CreditCode"] = consumer.CreditCode,
            ["CreatedAt"] = consumer.CreatedAt,
        }, cancellationToken);
    }

    public async Task<Consumer?> FindAsync(string consumerId, CancellationToken cancellationToken)
    {
        if (!Keys.IsSafe(consumerId)) return null;
        var table = await tables.GetAsync(TableName, cancellationToken);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(Partition, consumerId, cancellationToken: cancellationToken);
        return response.HasValue ? Map(response.Value!) : null;
    }

    public async Task<IReadOnlyList<Consumer>> ListAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var result = new List<Consumer>();
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), cancellationToken: cancellationToken))
        {
            result.Add(Map(entity));
        }
        return result;
    }

    private static Consumer Map(TableEntity e) => new(
        e.RowKey,
        e.GetString("Name")!,
        Enum.Parse<ConsumerKind>(e.GetString("Kind")!),
        e.GetString("CreditCode")!,
        e.GetDateTimeOffset("CreatedAt")!.Value);
}
