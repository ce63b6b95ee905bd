using Azure.Data.Tables;
using DataZones.Marketplace.Persistence;

namespace DataZones.Marketplace.Catalog;

/// <summary>
/// Whether the operator listed a product (table <c>catalog</c>: one partition, row = product id; small by nature).
/// Rows once also held a <c>Plans</c> column replaced in place; it is no longer read (prices are versions in
/// <see cref="PriceListStore"/>; the product had not shipped, so no production row carries one).
/// </summary>
public sealed class CatalogOverrideStore(PlatformTables tables)
{
    private const string TableName = "catalog";
    private const string Partition = "override";

    public async Task<IReadOnlyList<CatalogOverride>> ListAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var result = new List<CatalogOverride>();
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), cancellationToken: cancellationToken))
        {
            result.Add(new CatalogOverride(entity.RowKey, entity.GetBoolean("Listed") ?? true));
        }
        return result;
    }

    public async Task SaveAsync(CatalogOverride change, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(Partition, change.ProductId) { ["Listed"] = change.Listed }, TableUpdateMode.Replace, cancellationToken);
    }
}
