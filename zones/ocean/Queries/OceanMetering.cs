using DataZones.Zones.Ocean.Edr;

namespace DataZones.Zones.Ocean.Queries;

/// <summary>
/// How many values a query answer is billed for: the values of the selection the consumer receives. Cells outside
/// an area query's polygon are not counted (they are not part of the answer), nor are restricted cells withheld
/// from a consumer without the elevated grade; land cells are counted, since they are part of the selection and
/// their absence is itself the answer. After aggregation, each mean is one value.
/// </summary>
public static class OceanMetering
{
    public static long ValuesBilled(QueryPlan plan, bool elevatedGrade)
    {
        var withheld = WithheldCells.For(plan, elevatedGrade)?.Count ?? 0;
        var cells = (plan.AreaMask is { } area ? area.Count(inside => inside) : plan.CellCount) - (long)withheld;
        var parameters = plan.Query.Parameters.Count;
        return plan.Query.Aggregation switch
        {
            EdrAggregation.TemporalMean => cells * parameters,
            EdrAggregation.SpatialMean => cells == 0 ? 0 : (long)plan.Time.Count * parameters,
            _ => (long)plan.Time.Count * cells * parameters,
        };
    }
}
