using System.Text.Json;
using Azure.Data.Tables;
using DataZones.Marketplace.Caching;
using DataZones.Marketplace.Persistence;
using DataZones.Zones.Finance.Policies;

namespace DataZones.Zones.Finance.Storage;

/// <summary>
/// The operator's loan-policy table: one partition (the table is small — tens of policies), one row per policy
/// holding its JSON. Matching reads the whole table on every call, so the list is served from memory for a short
/// while; saves on this instance invalidate it.
/// </summary>
public sealed class LoanPolicyStore(PlatformTables tables, TimeProvider time)
{
    private const string Partition = "policy";
    private const string AllKey = "all";

    // Own options rather than the API's: the stored form must not change if the API's JSON conventions do.
    private static readonly JsonSerializerOptions StoredJson = new(JsonSerializerDefaults.Web);

    private readonly ExpiringCache<string, IReadOnlyList<LoanPolicy>> cache = new(time, TimeSpan.FromSeconds(30), 1);

    /// <summary>Every policy, ordered by id.</summary>
    public async Task<IReadOnlyList<LoanPolicy>> ListAsync(CancellationToken cancellationToken) =>
        await cache.GetOrLoadAsync(AllKey, LoadAsync, cancellationToken) ?? [];

    public async Task<LoanPolicy?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(p => p.Id == id);

    public async Task SaveAsync(LoanPolicy policy, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(FinanceTables.LoanPolicies, cancellationToken);
        var entity = new TableEntity(Partition, policy.Id) { ["Document"] = JsonSerializer.Serialize(policy, StoredJson) };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        cache.Invalidate(AllKey);
    }

    /// <summary>Deletes a policy; whether it existed.</summary>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is null) return false;
        var table = await tables.GetAsync(FinanceTables.LoanPolicies, cancellationToken);
        await table.DeleteEntityAsync(Partition, id, cancellationToken: cancellationToken);
        cache.Invalidate(AllKey);
        return true;
    }

    private async Task<IReadOnlyList<LoanPolicy>?> LoadAsync(string key, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(FinanceTables.LoanPolicies, cancellationToken);
        var policies = new List<LoanPolicy>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            policies.Add(JsonSerializer.Deserialize<LoanPolicy>(entity.GetString("Document")!, StoredJson)
                ?? throw new InvalidOperationException($"Loan policy row {entity.RowKey} holds no policy."));
        }

        return policies.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
    }
}
