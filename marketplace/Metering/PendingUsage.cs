using DataZones.Marketplace.Ledger;

namespace DataZones.Marketplace.Metering;

/// <summary>A record waiting for its batch, and the caller waiting for the batch to be durable.</summary>
internal sealed class PendingUsage(UsageRecord record)
{
    public UsageRecord Record { get; } = record;

    public TaskCompletionSource<ChainLink> Durable { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
