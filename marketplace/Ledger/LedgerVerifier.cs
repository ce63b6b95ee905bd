using DataZones.Marketplace.Metering;
using DataZones.Marketplace.Persistence;
using Microsoft.Extensions.Logging;

namespace DataZones.Marketplace.Ledger;

/// <summary>
/// Recomputes the ledger for a period: every chain of every day, record by record, from its genesis — positions
/// without gaps, each record's predecessor hash equal to the recomputed hash of its predecessor, each stored hash
/// equal to the hash of the record's fields — and each seal's signature, count and last hash. Reports the first
/// broken link, or that the period is intact. Progress is logged chain by chain.
/// </summary>
public sealed partial class LedgerVerifier(ChainRegistry chains, ChainReader reader, LedgerSealStore seals, SealSignature signature,
    ILogger<LedgerVerifier> logger)
{
    public const int DaysMax = 31;

    public async Task<LedgerVerification> VerifyAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        int chainsChecked = 0, sealsChecked = 0;
        long recordsChecked = 0;
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var dayKey = Keys.Day(day);
            var daySeals = await seals.ListAsync(dayKey, cancellationToken);
            var dayChains = await chains.ListAsync(dayKey, cancellationToken);
            foreach (var (chainId, table) in dayChains)
            {
                var (records, broken) = await VerifyChainAsync(dayKey, chainId, table, daySeals.GetValueOrDefault(chainId), cancellationToken);
                chainsChecked++;
                recordsChecked += records;
                if (daySeals.ContainsKey(chainId)) sealsChecked++;
                LogChainVerified(logger, dayKey, chainId, records, chainsChecked, dayChains.Count);
                if (broken is not null) return new LedgerVerification(from, to, chainsChecked, recordsChecked, sealsChecked, broken);
            }
        }
        return new LedgerVerification(from, to, chainsChecked, recordsChecked, sealsChecked, null);
    }

    private async Task<(long Records, BrokenLink? Broken)> VerifyChainAsync(string day, string chainId, string table, LedgerSeal? seal, CancellationToken cancellationToken)
    {
        var previous = LedgerHash.Genesis(table, chainId);
        long expected = 0;
        await foreach (var entity in reader.ReadAsync(table, chainId, cancellationToken))
        {
            var sequence = UsageEntity.Sequence(entity);
            var requestId = entity.GetString("RequestId");
            if (sequence != expected) return (expected, new BrokenLink(day, chainId, expected, requestId, $"record {expected} is missing (found {sequence} next)"));
            if (entity.GetString("PreviousHash") != previous)
            {
                return (expected, new BrokenLink(day, chainId, sequence, requestId, "the predecessor hash does not match the preceding record"));
            }
            var recomputed = LedgerHash.Of(UsageEntity.ToRecord(entity), chainId, sequence, previous);
            if (entity.GetString("Hash") != recomputed)
            {
                return (expected, new BrokenLink(day, chainId, sequence, requestId, "the record's fields do not match its hash (altered)"));
            }
            previous = recomputed;
            expected++;
        }
        if (seal is null) return (expected, null);
        if (!signature.IsValid(seal)) return (expected, new BrokenLink(day, chainId, seal.Count, null, "the seal's signature is not valid"));
        if (seal.Count != expected || seal.LastHash != previous)
        {
            return (expected, new BrokenLink(day, chainId, Math.Min(seal.Count, expected), null,
                $"the chain has {expected} records but was sealed with {seal.Count} (records removed or added after sealing)"));
        }
        return (expected, null);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Verified chain {Day}/{ChainId} ({Records} records): {Done} of {Total} chains of the day.")]
    private static partial void LogChainVerified(ILogger logger, string day, string chainId, long records, int done, int total);
}
