using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using DataZones.Marketplace.Hosting;
using DataZones.Marketplace.Persistence;

namespace DataZones.Marketplace.Settlement;

/// <summary>
/// The policy each product's lines of a billing month were settled under, frozen at its first use (table
/// <c>settlements</c>, partition <c>policy-&lt;billing yyyyMM&gt;</c>, row = product id, the whole policy as JSON). The
/// default policy is built from the product's holder list, which can change; freezing it means a credit note settled
/// months later takes back exactly the split its invoice paid out, and reconciliation can re-allocate every line.
/// </summary>
public sealed class PolicyUsedStore(PlatformTables tables)
{
    private const string TableName = "settlements";

    public async Task<PolicyInForce?> FindAsync(string productId, DateOnly billingMonth, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition(billingMonth), productId, cancellationToken: cancellationToken);
        return found.HasValue ? ToPolicy(found.Value!) : null;
    }

    /// <summary>Every frozen policy of a billing month, by product.</summary>
    public async Task<IReadOnlyDictionary<string, PolicyInForce>> ForBillingMonthAsync(DateOnly billingMonth, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = Partition(billingMonth);
        var used = new Dictionary<string, PolicyInForce>(StringComparer.Ordinal);
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), cancellationToken: cancellationToken))
        {
            used[e.RowKey] = ToPolicy(e);
        }
        return used;
    }

    /// <summary>Freezes <paramref name="policy"/> for the product's lines of the month, unless one is frozen already; returns the frozen one.</summary>
    public async Task<PolicyInForce> RecordAsync(string productId, DateOnly billingMonth, PolicyInForce policy, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        try
        {
            await table.AddEntityAsync(new TableEntity(Partition(billingMonth), productId)
            {
                ["Document"] = JsonSerializer.Serialize(policy.Policy, PlatformJson.Options),
                ["IsDefault"] = policy.IsDefault,
            }, cancellationToken);
            return policy;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return (await FindAsync(productId, billingMonth, cancellationToken))!;
        }
    }

    private static PolicyInForce ToPolicy(TableEntity e) =>
        new(JsonSerializer.Deserialize<AllocationPolicy>(e.GetString("Document")!, PlatformJson.Options)!, e.GetBoolean("IsDefault")!.Value);

    private static string Partition(DateOnly billingMonth) => "policy-" + Keys.Month(billingMonth);
}
