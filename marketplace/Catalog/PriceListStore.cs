using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using DataZones.Marketplace.Persistence;
using DataZones.Marketplace.Pricing;

namespace DataZones.Marketplace.Catalog;

/// <summary>
/// Table <c>pricelists</c>: partition = product id, row = version (6 digits, so rows sort by version). A version is
/// only ever added, never replaced: it is the record of what the product's calls were priced at. <c>Plans</c> is the
/// plans as JSON, absent for a version that restores the zone's own plans. Small by nature (products × price
/// changes), so the catalog reads it whole when it refreshes.
/// </summary>
public sealed class PriceListStore(PlatformTables tables)
{
    private const string TableName = "pricelists";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A stored version; <see cref="Plans"/> null means the zone's own plans.</summary>
    public sealed record StoredVersion(string ProductId, int Version, DateTimeOffset EffectiveFrom, IReadOnlyList<PricePlan>? Plans);

    public async Task<IReadOnlyList<StoredVersion>> ListAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var result = new List<StoredVersion>();
        await foreach (var e in table.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            var plans = e.GetString("Plans") is { } json
                ? JsonSerializer.Deserialize<List<PricePlanDocument>>(json, Json)!.Select(d => d.ToPlan()).ToList()
                : null;
            result.Add(new StoredVersion(e.PartitionKey, int.Parse(e.RowKey, CultureInfo.InvariantCulture), e.GetDateTimeOffset("EffectiveFrom")!.Value, plans));
        }
        return result;
    }

    /// <summary>Adds a version; false if that version number was taken meanwhile (another save won).</summary>
    public async Task<bool> TryAddAsync(StoredVersion version, string actor, DateTimeOffset savedAt, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var entity = new TableEntity(version.ProductId, version.Version.ToString("D6", CultureInfo.InvariantCulture))
        {
            ["EffectiveFrom"] = version.EffectiveFrom,
            ["SavedAt"] = savedAt,
            ["SavedBy"] = actor,
        };
        if (version.Plans is not null) entity["Plans"] = JsonSerializer.Serialize(version.Plans.Select(PricePlanDocument.From).ToList(), Json);
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }
}
