using DataZones.Marketplace.Ledger;
using DataZones.Marketplace.Metering;
using FsCheck;
using FsCheck.Fluent;

namespace DataZones.Marketplace.Tests.Ledger;

/// <summary>The ledger's tamper evidence rests on one property: changing anything a record says changes its hash.</summary>
public sealed class LedgerHashPropertyTests
{
    private static readonly Gen<UsageRecord> Records =
        from ids in Gen.ArrayOf(Gen.Elements("01JA", "01JB", "consumer-7", "sub-9", "finance.x", "ocean.y", "verify", "payg", "h"), 9)
        from units in Gen.Choose(0, 1_000_000)
        from priceFen in Gen.Choose(0, 100_000)
        from seconds in Gen.Choose(0, 100_000_000)
        select new UsageRecord(ids[0] + "r", ids[1], ids[2], ids[3], ids[4], ids[5], units, priceFen / 10_000m, units * (priceFen / 10_000m),
            DateTimeOffset.UnixEpoch.AddSeconds(seconds), ids[6] + "q", ids[7] + "s");

    private static readonly Func<UsageRecord, UsageRecord>[] Tamperings =
    [
        r => r with { RequestId = r.RequestId + "x" },
        r => r with { ConsumerId = r.ConsumerId + "x" },
        r => r with { SubscriptionId = r.SubscriptionId + "x" },
        r => r with { ProductId = r.ProductId + "x" },
        r => r with { OperationId = r.OperationId + "x" },
        r => r with { PlanId = r.PlanId + "x" },
        r => r with { Units = r.Units + 1 },
        r => r with { UnitPrice = r.UnitPrice + 0.0001m },
        r => r with { Amount = r.Amount + 0.01m },
        r => r with { Time = r.Time.AddMilliseconds(1) },
        r => r with { RequestHash = r.RequestHash + "x" },
        r => r with { ResponseHash = r.ResponseHash + "x" },
        r => r with { PlanVersion = r.PlanVersion + 1 },
        r => r with { PeriodUnitsBefore = r.PeriodUnitsBefore + 1 },
    ];

    [Fact]
    public void Hash_AnyFieldChanged_HashChanges() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2_000).WithQuietOnSuccess(true), Prop.ForAll(
            (from record in Records from tampering in Gen.Choose(0, Tamperings.Length - 1) from sequence in Gen.Choose(0, 5000) select (record, tampering, sequence)).ToArbitrary(),
            c => LedgerHash.Of(c.record, "chain", c.sequence, "prev") != LedgerHash.Of(Tamperings[c.tampering](c.record), "chain", c.sequence, "prev")));

    [Fact]
    public void Hash_PositionChainOrPredecessorChanged_HashChanges() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1_000).WithQuietOnSuccess(true), Prop.ForAll(
            (from record in Records from sequence in Gen.Choose(0, 5000) select (record, sequence)).ToArbitrary(),
            c =>
            {
                var hash = LedgerHash.Of(c.record, "chain", c.sequence, "prev");
                return hash != LedgerHash.Of(c.record, "chain", c.sequence + 1, "prev")
                    && hash != LedgerHash.Of(c.record, "chain2", c.sequence, "prev")
                    && hash != LedgerHash.Of(c.record, "chain", c.sequence, "prev2");
            }));

    [Fact]
    public void Hash_DecimalScale_IsPartOfTheRecord()
    {
        // 0.10 and 0.1 are equal decimals but different records as stored: the hash covers what was written.
        var record = new UsageRecord("r", "c", "s", "p", "o", "payg", 1, 0.10m, 0.10m, DateTimeOffset.UnixEpoch, "q", "s");
        Assert.NotEqual(LedgerHash.Of(record, "chain", 0, "prev"), LedgerHash.Of(record with { Amount = 0.1m }, "chain", 0, "prev"));
    }
}
