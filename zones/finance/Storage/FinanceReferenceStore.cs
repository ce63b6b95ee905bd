using Azure.Data.Tables;
using DataZones.Marketplace.Caching;
using DataZones.Marketplace.Persistence;
using DataZones.Marketplace.Telemetry;
using DataZones.Zones.Finance.Reference;
using Microsoft.Extensions.Options;

namespace DataZones.Zones.Finance.Storage;

/// <summary>
/// The finance reference table. Request paths only ever read one enterprise: a point read of its registry row
/// (verification) or one partition query (credit profile, policy matching) — never a scan. Both are cached in memory
/// for <see cref="FinanceOptions.ReferenceCacheSeconds"/> (bounded), which bounds how stale an answer may be after
/// a load on another instance; loads on this instance invalidate what they write.
/// </summary>
public sealed class FinanceReferenceStore
{
    /// <summary>Table Storage's limit on operations in one entity-group transaction.</summary>
    public const int TransactionOperationsMax = 100;

    private readonly PlatformTables tables;
    private readonly ExpiringCache<string, EnterpriseRegistration> registrations;
    private readonly ExpiringCache<string, EnterpriseReferenceSet> enterprises;

    public FinanceReferenceStore(PlatformTables tables, TimeProvider time, IOptions<FinanceOptions> options, PlatformMetrics? metrics = null)
    {
        this.tables = tables;
        var lifetime = TimeSpan.FromSeconds(options.Value.ReferenceCacheSeconds);
        registrations = new(time, lifetime, options.Value.ReferenceCacheEntriesMax, metrics, "finance-registrations");
        enterprises = new(time, lifetime, options.Value.ReferenceCacheEntriesMax, metrics, "finance-enterprises");
    }

    /// <summary>The registry record under a normalised credit code, or null: one point read.</summary>
    public Task<EnterpriseRegistration?> FindRegistrationAsync(string creditCode, CancellationToken cancellationToken) =>
        registrations.GetOrLoadAsync(creditCode, LoadRegistrationAsync, cancellationToken);

    /// <summary>
    /// Every fact of one enterprise, or null when it has no registry record (facts of an unregistered code are not
    /// an enterprise the zone answers about): one partition query.
    /// </summary>
    public Task<EnterpriseReferenceSet?> FindEnterpriseAsync(string creditCode, CancellationToken cancellationToken) =>
        enterprises.GetOrLoadAsync(creditCode, LoadEnterpriseAsync, cancellationToken);

    /// <summary>
    /// Upserts (replace) one enterprise's records in entity-group transactions of at most 100. Records must share
    /// the partition and have distinct row keys (a transaction may touch an entity once).
    /// </summary>
    public async Task UpsertPartitionAsync(IReadOnlyList<IFinanceReferenceRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0) return;
        var table = await tables.GetAsync(FinanceTables.Reference, cancellationToken);
        foreach (var chunk in records.Chunk(TransactionOperationsMax))
        {
            var actions = chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, FinanceEntityMapper.ToEntity(r)));
            await table.SubmitTransactionAsync(actions, cancellationToken);
        }

        Invalidate(records[0].CreditCode);
    }

    /// <summary>Forgets what this instance cached about an enterprise.</summary>
    public void Invalidate(string creditCode)
    {
        registrations.Invalidate(creditCode);
        enterprises.Invalidate(creditCode);
    }

    /// <summary>Every row of one partition, as stored (tests compare re-runs with it).</summary>
    public async Task<IReadOnlyList<TableEntity>> ReadPartitionAsync(string creditCode, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(FinanceTables.Reference, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {FinanceRowKeys.PartitionKey(creditCode)}");
        var rows = new List<TableEntity>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(entity);
        }

        return rows;
    }

    private async Task<EnterpriseRegistration?> LoadRegistrationAsync(string creditCode, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(FinanceTables.Reference, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(FinanceRowKeys.PartitionKey(creditCode), FinanceRowKeys.Registration, cancellationToken: cancellationToken);
        return found.HasValue ? (EnterpriseRegistration)FinanceEntityMapper.FromEntity(found.Value!) : null;
    }

    private async Task<EnterpriseReferenceSet?> LoadEnterpriseAsync(string creditCode, CancellationToken cancellationToken)
    {
        var records = (await ReadPartitionAsync(creditCode, cancellationToken)).Select(FinanceEntityMapper.FromEntity).ToList();
        return records.OfType<EnterpriseRegistration>().Any() ? EnterpriseReferenceSet.From(records) : null;
    }
}
