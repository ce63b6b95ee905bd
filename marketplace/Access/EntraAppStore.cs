using Azure.Data.Tables;
using DataZones.Marketplace.Persistence;

namespace DataZones.Marketplace.Access;

/// <summary>
/// Table <c>entraapps</c>: which consumer an Entra ID client application acts for (partition <c>app</c>, row = the
/// application's client id). The operator registers the mapping when onboarding a consumer that uses Entra ID.
/// </summary>
public sealed class EntraAppStore(PlatformTables tables)
{
    private const string TableName = "entraapps";
    private const string Partition = "app";

    public async Task SetAsync(string appId, string consumerId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(Partition, appId) { ["ConsumerId"] = consumerId }, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<string?> FindConsumerAsync(string appId, CancellationToken cancellationToken)
    {
        if (!Keys.IsSafe(appId)) return null;
        var table = await tables.GetAsync(TableName, cancellationToken);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(Partition, appId, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value!.GetString("ConsumerId") : null;
    }
}
