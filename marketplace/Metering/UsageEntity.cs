using System.Globalization;
using Azure.Data.Tables;
using DataZones.Marketplace.Ledger;

namespace DataZones.Marketplace.Metering;

/// <summary>How a usage record and its chain link are stored (decimals as invariant strings: tables have no decimal).</summary>
public static class UsageEntity
{
    public static TableEntity From(UsageRecord r, ChainLink link) => new(link.ChainId, RowKey(link.Sequence))
    {
        ["RequestId"] = r.RequestId,
        ["ConsumerId"] = r.ConsumerId,
        ["SubscriptionId"] = r.SubscriptionId,
        ["ProductId"] = r.ProductId,
        ["OperationId"] = r.OperationId,
        ["PlanId"] = r.PlanId,
        ["Units"] = r.Units,
        ["UnitPrice"] = r.UnitPrice.ToString(CultureInfo.InvariantCulture),
        ["Amount"] = r.Amount.ToString(CultureInfo.InvariantCulture),
        ["Time"] = r.Time,
        ["RequestHash"] = r.RequestHash,
        ["ResponseHash"] = r.ResponseHash,
        ["PlanVersion"] = r.PlanVersion,
        ["PeriodUnitsBefore"] = r.PeriodUnitsBefore,
        ["PreviousHash"] = link.PreviousHash,
        ["Hash"] = link.Hash,
    };

    public static UsageRecord ToRecord(TableEntity e) => new(
        e.GetString("RequestId")!,
        e.GetString("ConsumerId")!,
        e.GetString("SubscriptionId")!,
        e.GetString("ProductId")!,
        e.GetString("OperationId")!,
        e.GetString("PlanId")!,
        e.GetInt64("Units")!.Value,
        decimal.Parse(e.GetString("UnitPrice")!, CultureInfo.InvariantCulture),
        decimal.Parse(e.GetString("Amount")!, CultureInfo.InvariantCulture),
        e.GetDateTimeOffset("Time")!.Value,
        e.GetString("RequestHash")!,
        e.GetString("ResponseHash")!,
        PlanVersion(e),
        e.GetInt64("PeriodUnitsBefore") ?? 0);

    /// <summary>The price-list version a stored record names; records from before versions were kept are version 0, the zone's plans.</summary>
    public static int PlanVersion(TableEntity e) => e.GetInt32("PlanVersion") ?? 0;

    /// <summary>Zero-padded, so that row order is chain order.</summary>
    public static string RowKey(long sequence) => sequence.ToString("D12", CultureInfo.InvariantCulture);

    public static long Sequence(TableEntity e) => long.Parse(e.RowKey, CultureInfo.InvariantCulture);
}
