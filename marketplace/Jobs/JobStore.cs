using Azure;
using Azure.Data.Tables;
using DataZones.Marketplace.Persistence;

namespace DataZones.Marketplace.Jobs;

/// <summary>
/// Table <c>jobs</c> (PartitionKey = kind, RowKey = id): a job's status is one point read. Writes that start a
/// delivery are conditional on the version read, so two deliveries of one job can never both run it.
/// </summary>
public sealed class JobStore(PlatformTables tables)
{
    private const string TableName = "jobs";

    public async Task<(JobRecord Record, ETag ETag)?> FindAsync(string kind, string id, CancellationToken cancellationToken)
    {
        if (!Keys.IsSafe(kind) || !Keys.IsSafe(id)) return null;
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(kind, id, cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? (Map(found.Value!), found.Value!.ETag) : null;
    }

    public async Task AddAsync(JobRecord record, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        await table.AddEntityAsync(ToEntity(record), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the record unconditionally (progress, the outcome) and returns it.</summary>
    public async Task<JobRecord> SaveAsync(JobRecord record, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(ToEntity(record), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        return record;
    }

    /// <summary>
    /// Writes the record if it is still at <paramref name="version"/> and returns its new version; null when another
    /// delivery wrote first.
    /// </summary>
    public async Task<ETag?> TryReplaceAsync(JobRecord record, ETag version, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        try
        {
            return (await table.UpdateEntityAsync(ToEntity(record), version, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false)).Headers.ETag;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return null;
        }
    }

    /// <summary>
    /// Jobs of <paramref name="kind"/> submitted since <paramref name="since"/>, in <paramref name="state"/> if given,
    /// newest first, at most <paramref name="limit"/>: one partition read, at operator volume.
    /// </summary>
    public async Task<IReadOnlyList<JobRecord>> ListAsync(string kind, DateTimeOffset since, JobState? state, int limit, CancellationToken cancellationToken)
    {
        if (!Keys.IsSafe(kind)) return [];
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        var filter = state is { } s
            ? TableClient.CreateQueryFilter($"PartitionKey eq {kind} and SubmittedAt ge {since} and State eq {s.ToString()}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {kind} and SubmittedAt ge {since}");
        var found = new List<JobRecord>();
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false)) found.Add(Map(e));
        return found.OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Id, StringComparer.Ordinal).Take(limit).ToList();
    }

    private static TableEntity ToEntity(JobRecord r) => new(r.Kind, r.Id)
    {
        ["Payload"] = r.Payload,
        ["SubmittedBy"] = r.SubmittedBy,
        ["SubmittedAt"] = r.SubmittedAt,
        ["State"] = r.State.ToString(),
        ["Deliveries"] = r.Deliveries,
        ["Done"] = r.Done,
        ["Total"] = r.Total,
        ["Message"] = r.Message,
        ["LastError"] = r.LastError,
        ["FailureReason"] = r.FailureReason,
        ["StartedAt"] = r.StartedAt,
        ["FinishedAt"] = r.FinishedAt,
        ["ClaimedUntil"] = r.ClaimedUntil,
    };

    private static JobRecord Map(TableEntity e) => new(
        e.PartitionKey,
        e.RowKey,
        e.GetString("Payload") ?? "",
        e.GetString("SubmittedBy") ?? "",
        e.GetDateTimeOffset("SubmittedAt") ?? DateTimeOffset.MinValue,
        Enum.Parse<JobState>(e.GetString("State") ?? nameof(JobState.Queued)),
        e.GetInt32("Deliveries") ?? 0,
        e.GetInt64("Done") ?? 0,
        e.GetInt64("Total"),
        e.GetString("Message"),
        e.GetString("LastError"),
        e.GetString("FailureReason"),
        e.GetDateTimeOffset("StartedAt"),
        e.GetDateTimeOffset("FinishedAt"),
        e.GetDateTimeOffset("ClaimedUntil"));
}
