using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using DataZones.Marketplace.Hosting;
using DataZones.Marketplace.Persistence;

namespace DataZones.Marketplace.Settlement;

/// <summary>
/// Table <c>allocationpolicies</c>: partition = product id, row = version (zero-padded), the policy as JSON. Versions
/// are only ever added (<see cref="AddAsync"/> refuses an existing version), so a settlement can always be reproduced
/// with the version it recorded.
/// </summary>
public sealed class AllocationPolicyStore(PlatformTables tables)
{
    private const string TableName = "allocationpolicies";

    /// <summary>Stores a new version; false if that version exists already (someone saved one meanwhile).</summary>
    public async Task<bool> AddAsync(AllocationPolicy policy, string actor, DateTimeOffset savedAt, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        try
        {
            await table.AddEntityAsync(new TableEntity(policy.ProductId, RowKey(policy.Version))
            {
                ["Document"] = JsonSerializer.Serialize(policy, PlatformJson.Options),
                ["SavedBy"] = actor,
                ["SavedAt"] = savedAt,
            }, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Every stored version of the product's policy, oldest first.</summary>
    public async Task<IReadOnlyList<AllocationPolicy>> VersionsAsync(string productId, CancellationToken cancellationToken)
    {
        if (!Keys.IsSafe(productId)) return [];
        var table = await tables.GetAsync(TableName, cancellationToken);
        var versions = new List<AllocationPolicy>();
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {productId}"), cancellationToken: cancellationToken))
        {
            versions.Add(JsonSerializer.Deserialize<AllocationPolicy>(e.GetString("Document")!, PlatformJson.Options)!);
        }
        return versions;
    }

    private static string RowKey(int version) => version.ToString("D6", CultureInfo.InvariantCulture);
}
