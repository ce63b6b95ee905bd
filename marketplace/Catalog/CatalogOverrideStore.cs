using System.Text.Json;
using Azure.Data.Tables;
using DataZones.Marketplace.Persistence;

namespace DataZones.Marketplace.Catalog;

/// <summary>The operator's overrides (table <c>catalog</c>: one partition, row = product id; small by nature).</summary>
public sealed class CatalogOverrideStore(PlatformTables tables)
{
    private const string TableName = "catalog";
    private const string Partition = "override";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<CatalogOverride>> ListAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var result = new List<CatalogOverride>();
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), cancellationToken: cancellationToken))
        {
            var plansJson = entity.GetString("Plans");
            var plans = plansJson is null
                ? null
                : JsonSerializer.Deserialize<List<PricePlanDocument>>(plansJson, Json)!.Select(d => d.ToPlan()).ToList();
            result.Add(new CatalogOverride(entity.RowKey, entity.GetBoolean("Listed") ?? true, plans));
        }
        return result;
    }

    public async Task SaveAsync(CatalogOverride change, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var entity = new TableEntity(Partition, change.ProductId) { ["Listed"] = change.Listed };
        if (change.Plans is not null)
        {
            entity["Plans"] = JsonSerializer.Serialize(change.Plans.Select(PricePlanDocument.From).ToList(), Json);
        }
        // Replace, so that clearing the plan override removes the stored plans.
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }
}
