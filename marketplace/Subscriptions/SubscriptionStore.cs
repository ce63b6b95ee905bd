using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using DataZones.Marketplace.Hosting;
using DataZones.Marketplace.Persistence;

namespace DataZones.Marketplace.Subscriptions;

/// <summary>
/// Table <c>subscriptions</c>: partition = consumer id, row = subscription id. The pipeline needs "this consumer's
/// subscriptions" (one partition read, then cached); the operator's listing across consumers is an admin path.
/// State changes use the entity's ETag, so two concurrent changes cannot both win. Property <c>History</c> holds the
/// status history as JSON (a handful of operator decisions per subscription, far below a property's 64 KiB). A row
/// written before the history was kept is read as requested at <c>CreatedAt</c> and in its current status since
/// <c>UpdatedAt</c> — the two facts it holds (the product had not shipped, so no production row lacks the history).
/// </summary>
public sealed class SubscriptionStore(PlatformTables tables)
{
    internal const string TableName = "subscriptions";

    public async Task AddAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        await table.AddEntityAsync(ToEntity(subscription), cancellationToken);
    }

    public async Task<IReadOnlyList<Subscription>> ListForConsumerAsync(string consumerId, CancellationToken cancellationToken) =>
        await QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {consumerId}"), cancellationToken);

    public async Task<IReadOnlyList<Subscription>> ListAllAsync(CancellationToken cancellationToken) =>
        await QueryAsync(null, cancellationToken);

    public async Task<(Subscription Subscription, ETag ETag)?> FindAsync(string consumerId, string subscriptionId, CancellationToken cancellationToken)
    {
        if (!Keys.IsSafe(consumerId) || !Keys.IsSafe(subscriptionId)) return null;
        var table = await tables.GetAsync(TableName, cancellationToken);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(consumerId, subscriptionId, cancellationToken: cancellationToken);
        return response.HasValue ? (Map(response.Value!), response.Value!.ETag) : null;
    }

    /// <summary>Replaces the subscription if it is unchanged since <paramref name="etag"/>; 412 otherwise.</summary>
    public async Task UpdateAsync(Subscription subscription, ETag etag, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        await table.UpdateEntityAsync(ToEntity(subscription), etag, TableUpdateMode.Replace, cancellationToken);
    }

    private async Task<IReadOnlyList<Subscription>> QueryAsync(string? filter, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var result = new List<Subscription>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken)) result.Add(Map(entity));
        return result;
    }

    private static TableEntity ToEntity(Subscription s) => new(s.ConsumerId, s.Id)
    {
        ["ProductId"] = s.ProductId,
        ["PlanId"] = s.PlanId,
        ["Status"] = s.Status.ToString(),
        ["CreatedAt"] = s.CreatedAt,
        ["UpdatedAt"] = s.UpdatedAt,
        ["ElevatedGrade"] = s.ElevatedGrade,
        ["History"] = JsonSerializer.Serialize(s.StatusHistory, PlatformJson.Options),
    };

    private static Subscription Map(TableEntity e)
    {
        var status = Enum.Parse<SubscriptionStatus>(e.GetString("Status")!);
        var created = e.GetDateTimeOffset("CreatedAt")!.Value;
        var updated = e.GetDateTimeOffset("UpdatedAt")!.Value;
        var history = e.GetString("History") is { } json
            ? JsonSerializer.Deserialize<List<SubscriptionStatusChange>>(json, PlatformJson.Options)!
            : LegacyHistory(status, created, updated);
        return new(e.RowKey, e.PartitionKey, e.GetString("ProductId")!, e.GetString("PlanId")!, status, created, updated,
            e.GetBoolean("ElevatedGrade") ?? false, history);
    }

    private static List<SubscriptionStatusChange> LegacyHistory(SubscriptionStatus status, DateTimeOffset created, DateTimeOffset updated) =>
        status == SubscriptionStatus.Requested ? [new(status, created)] : [new(SubscriptionStatus.Requested, created), new(status, updated)];
}
