using DataZones.Marketplace.Metering;
using DataZones.Marketplace.Persistence;
using DataZones.Marketplace.Time;
using Microsoft.Extensions.Logging;

namespace DataZones.Marketplace.Ledger;

/// <summary>
/// Seals every chain of a business day whose hour has ended: its record count and last hash, signed. A chain gets no
/// records after its hour (writers open a new chain each hour), so a sealed chain that later grows or shrinks has
/// been tampered with, and the verifier says so.
/// </summary>
public sealed partial class LedgerSealer(ChainRegistry chains, ChainReader reader, LedgerSealStore seals, SealSignature signature,
    BusinessCalendar calendar, TimeProvider time, ILogger<LedgerSealer> logger)
{
    /// <summary>Seals what can be sealed on <paramref name="day"/>; returns how many chains it sealed now.</summary>
    public async Task<int> SealAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var dayKey = Keys.Day(day);
        var now = time.GetUtcNow();
        var existing = await seals.ListAsync(dayKey, cancellationToken);
        var pending = (await chains.ListAsync(dayKey, cancellationToken))
            .Where(c => !existing.ContainsKey(c.ChainId) && HourHasEnded(day, c.ChainId, now)).ToList();
        var sealedNow = 0;
        var done = 0;
        foreach (var (chainId, table) in pending)
        {
            long count = 0;
            var lastHash = LedgerHash.Genesis(table, chainId);
            await foreach (var entity in reader.ReadAsync(table, chainId, cancellationToken))
            {
                count++;
                lastHash = entity.GetString("Hash")!;
            }
            var sealedAt = time.GetUtcNow();
            var seal = new LedgerSeal(dayKey, chainId, table, count, lastHash, sealedAt, signature.Sign(dayKey, chainId, table, count, lastHash, sealedAt));
            if (await seals.TryAddAsync(seal, cancellationToken)) sealedNow++;
            LogSealed(logger, chainId, count, ++done, pending.Count);
        }
        return sealedNow;
    }

    private bool HourHasEnded(DateOnly day, string chainId, DateTimeOffset now)
    {
        // Chain ids start with "hHH-": the business hour they cover.
        var hour = int.Parse(chainId.AsSpan(1, 2), provider: System.Globalization.CultureInfo.InvariantCulture);
        return calendar.StartOf(day).AddHours(hour + 1) <= now;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sealed chain {ChainId} ({Count} records): {Done} of {Total}.")]
    private static partial void LogSealed(ILogger logger, string chainId, long count, int done, int total);
}
