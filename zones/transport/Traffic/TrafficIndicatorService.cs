using DataZones.Marketplace.Disclosure;
using DataZones.Zones.Transport.Products;
using DataZones.Zones.Transport.Storage;

namespace DataZones.Zones.Transport.Traffic;

/// <summary>
/// Reads a zone's observations day by day, builds the table and hands it to the platform's disclosure control; the
/// figures of a cell (volume, average speed, congestion index) are computed only for the cells it publishes, and a
/// total's distinct vehicles must reach the minimum too. Null when the audit refuses the answer.
/// </summary>
public sealed class TrafficIndicatorService(TransportReferenceStore store, DisclosureControl disclosure)
{
    public const int RangeDaysMaximum = 31;

    public async Task<TrafficIndicators?> IndicatorsAsync(string zone, DateOnly from, DateOnly to, bool bySegment, CancellationToken cancellationToken)
    {
        var days = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays).ToList();
        var observations = (await Task.WhenAll(days.Select(d => store.ReadTrafficDayAsync(zone, d, cancellationToken)))).SelectMany(o => o).ToList();
        var (table, groups) = TrafficTableBuilder.Build(observations, bySegment, zone);
        var outcome = await disclosure.PublishAsync(TransportProducts.TrafficIndicators, table, cancellationToken);
        if (outcome.TooCloseToEarlierAnswer) return null;
        var minimum = disclosure.MinimumContributors;
        var cells = outcome.Cells!.Select((cell, i) => Cell(groups[i], cell, minimum, disclosure.RoundingBase)).ToList();
        return new TrafficIndicators(zone, bySegment ? "segment" : "zone", from, to, minimum, disclosure.RoundingBase, cells);
    }

    private static TrafficCell Cell(TrafficTableBuilder.Group group, ControlledCell controlled, int minimum, int roundingBase)
    {
        var vehicles = group.Observations.Select(o => o.VehicleKey).Distinct(StringComparer.Ordinal).Count();
        // A total counts vehicle-hours; it is published only if it also counts enough distinct vehicles (withholding more is always safe).
        if (!controlled.IsPublished || (vehicles > 0 && vehicles < minimum)) return new TrafficCell(group.Area, group.Hour, Status(controlled.Status), null, null, null, null);
        if (group.Observations.Count == 0) return new TrafficCell(group.Area, group.Hour, "published", 0, 0, null, null);
        var speed = group.Observations.Average(o => o.SpeedKmh);
        var freeFlow = group.Observations.Average(o => o.FreeFlowKmh);
        return new TrafficCell(group.Area, group.Hour, "published", CountRounding.Round(vehicles, roundingBase), CountRounding.Round(group.Observations.Count, roundingBase),
            (int)Math.Round(speed, MidpointRounding.AwayFromZero),
            speed <= 0 ? null : Math.Round((decimal)(freeFlow / speed), 2, MidpointRounding.AwayFromZero));
    }

    private static string Status(CellStatus status) => status switch
    {
        CellStatus.TooFewContributors => "withheld-too-few-vehicles",
        CellStatus.ProtectsAnother => "withheld-protects-another",
        _ => "withheld-too-few-vehicles",
    };
}
