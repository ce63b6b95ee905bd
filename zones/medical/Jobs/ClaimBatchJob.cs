using DataZones.Marketplace.Jobs;
using DataZones.Zones.Medical.Api;
using DataZones.Zones.Medical.Claims;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DataZones.Zones.Medical.Jobs;

/// <summary>
/// Verifies a claim batch's accepted items as the platform's job queue delivers it, in windows of 500 written with
/// their results before the next starts; a re-delivered job verifies again from the top and writes the same results
/// (a claim verified again is not a repeated claim). The pending claims, which name persons, are deleted at the end.
/// </summary>
public sealed partial class ClaimBatchJob(ClaimBatchStore batches, ClaimsService claims, TimeProvider time, IOptions<MedicalOptions> options, ILogger<ClaimBatchJob> logger) : IJobHandler
{
    public const string JobKind = "medical-claim-batch";
    private const int Window = 500;

    public string Kind => JobKind;

    public async Task RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var batch = await batches.FindAsync(context.Payload, cancellationToken) ?? throw new JobRejectedException($"Claim batch {context.Payload} has no record.");
        if (batch.IsFinished) return;
        var pending = await batches.PendingAsync(batch.Id, cancellationToken);
        if (pending is null)
        {
            await batches.SaveAsync(batch with { State = ClaimBatchState.Failed, FinishedAt = time.GetUtcNow(), FailureReason = "The batch's claims are gone; submit it again." }, cancellationToken);
            throw new JobRejectedException($"Claim batch {batch.Id} has no pending claims.");
        }

        batch = batch with { State = ClaimBatchState.Running, Verified = 0 };
        try
        {
            await VerifyAsync(batch, pending, context, cancellationToken);
        }
        catch (Exception exception) when (exception is not (OperationCanceledException or JobClaimLostException) && context.IsLastDelivery)
        {
            LogFailed(logger, exception, batch.Id);
            await batches.SaveAsync(batch with { State = ClaimBatchState.Failed, FinishedAt = time.GetUtcNow(), FailureReason = "Verification stopped on a storage error; the results so far are kept." }, CancellationToken.None);
            await batches.DeletePendingAsync(batch.Id, CancellationToken.None);
            throw;
        }
    }

    private async Task VerifyAsync(ClaimBatch batch, IReadOnlyList<PendingClaim> pending, JobContext context, CancellationToken cancellationToken)
    {
        await batches.SaveAsync(batch, cancellationToken);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.BatchReadParallelism), CancellationToken = cancellationToken };
        foreach (var window in pending.Chunk(Window))
        {
            var results = new GroupClaimItem[window.Length];
            await Parallel.ForAsync(0, window.Length, parallel, async (i, token) =>
            {
                var item = window[i];
                var (claim, _) = ClaimValidator.Validate(item.Claim, $"items[{item.Index}].");
                results[i] = new GroupClaimItem(item.Index,
                    await claims.VerifyAsync(claim!, item.Claim.IdentityNumber!, item.DataFrom, item.DataTo, batch.ConsumerId, token), null);
            });
            await batches.SaveItemsAsync(batch.Id, results, cancellationToken);
            batch = batch with { Verified = batch.Verified + window.Length };
            await context.ProgressAsync(batch.Verified, batch.Accepted, $"{batch.Verified} of {batch.Accepted} claims verified.", cancellationToken);
            await batches.SaveAsync(batch, cancellationToken);
        }

        batch = batch with { State = ClaimBatchState.Succeeded, FinishedAt = time.GetUtcNow() };
        await batches.SaveAsync(batch, cancellationToken);
        await batches.DeletePendingAsync(batch.Id, cancellationToken);
        LogFinished(logger, batch.Id, batch.Accepted);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Claim batch {BatchId} failed on its last delivery.")]
    private static partial void LogFailed(ILogger logger, Exception exception, string batchId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Claim batch {BatchId}: {Accepted} claims verified.")]
    private static partial void LogFinished(ILogger logger, string batchId, int accepted);
}
