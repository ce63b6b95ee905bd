using Microsoft.Extensions.Options;

namespace DataZones.Marketplace.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> semantics: the first call with a key runs and is billed; a retry with the same key and the
/// same request gets the first answer and is not billed again; the same key with a different request is an error
/// (never a silent success). An attempt whose instance died mid-call is taken over after a timeout — it was not
/// metered (metering completes the key right after the record is durable, so a metered call is found Completed
/// unless the instance died in between; that narrow case replays nothing and the retry runs and is billed again,
/// which docs/marketplace.md states).
/// </summary>
public sealed class IdempotencyService(IdempotencyStore store, TimeProvider time, IOptions<IdempotencyOptions> options)
{
    public async Task<(IdempotencyOutcome Outcome, StoredResponse? Replay)> BeginAsync(
        string consumerId, string key, string requestHash, string requestId, CancellationToken cancellationToken)
    {
        var rowKey = IdempotencyStore.RowKey(key);
        var now = time.GetUtcNow();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var existing = await store.FindAsync(consumerId, rowKey, cancellationToken);
            var expired = existing is not null && now - existing.StartedAt > TimeSpan.FromHours(options.Value.RetentionHours);
            var abandoned = existing is { State: "InFlight" } && now - existing.StartedAt > TimeSpan.FromSeconds(options.Value.InFlightTimeoutSeconds);
            if (existing is null || expired || abandoned)
            {
                if (await store.TryStartAsync(consumerId, rowKey, requestHash, requestId, now, existing?.ETag, cancellationToken))
                {
                    return (IdempotencyOutcome.Proceed, null);
                }
                continue; // someone else started it between our read and write: look again
            }
            if (existing.RequestHash != requestHash) return (IdempotencyOutcome.Mismatch, null);
            if (existing.State == "InFlight") return (IdempotencyOutcome.InFlight, null);
            return existing.Response is null ? (IdempotencyOutcome.CompletedNotReplayable, null) : (IdempotencyOutcome.Replay, existing.Response);
        }
        return (IdempotencyOutcome.InFlight, null);
    }

    public Task CompleteAsync(string consumerId, string key, string requestHash, string requestId, StoredResponse response, CancellationToken cancellationToken) =>
        store.CompleteAsync(consumerId, IdempotencyStore.RowKey(key), requestHash, requestId, time.GetUtcNow(), response, cancellationToken);

    public Task AbandonAsync(string consumerId, string key, CancellationToken cancellationToken) =>
        store.AbandonAsync(consumerId, IdempotencyStore.RowKey(key), cancellationToken);
}
