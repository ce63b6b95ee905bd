using System.Globalization;
using DataZones.Marketplace.Disclosure;
using DataZones.Zones.Transport.Reference;

namespace DataZones.Zones.Transport.Traffic;

/// <summary>
/// Builds the statistical table of the traffic indicators: per area (each segment, or the zone) one cell per hour of
/// day and an all-hours total. A contributor is a vehicle in an hour (<c>{vehicle key}|{hour}</c>), so an hour
/// cell counts distinct vehicles and the total is exactly the sum of its hours — an additive relation that
/// complementary suppression protects. Coordinates name the area and hour, not the dates, so the overlap audit
/// compares the same cell across every date range asked.
/// </summary>
public static class TrafficTableBuilder
{
    public const string AllHours = "all";

    public sealed record Group(string Area, string Hour, IReadOnlyList<TrafficObservation> Observations);

    public static (StatisticalTable Table, IReadOnlyList<Group> Groups) Build(IReadOnlyList<TrafficObservation> observations, bool bySegment, string zone)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var areas = observations.GroupBy(o => bySegment ? o.SegmentId : zone, StringComparer.Ordinal).OrderBy(a => a.Key, StringComparer.Ordinal);
        var cells = new List<StatisticalCell>();
        var groups = new List<Group>();
        var relations = new List<IReadOnlyList<int>>();
        foreach (var area in areas)
        {
            var relation = new List<int> { cells.Count };
            groups.Add(new Group(area.Key, AllHours, area.ToList()));
            cells.Add(new StatisticalCell(Coordinates(area.Key, AllHours, bySegment), area.Select(Contributor)));
            foreach (var hour in area.GroupBy(o => o.Hour).OrderBy(h => h.Key))
            {
                var label = hour.Key.ToString("00", CultureInfo.InvariantCulture);
                relation.Add(cells.Count);
                groups.Add(new Group(area.Key, label, hour.ToList()));
                cells.Add(new StatisticalCell(Coordinates(area.Key, label, bySegment), hour.Select(Contributor)));
            }

            relations.Add(relation);
        }

        return (new StatisticalTable(cells, relations), groups);
    }

    private static string Contributor(TrafficObservation o) => o.VehicleKey + "|" + o.Hour.ToString(CultureInfo.InvariantCulture);

    private static string Coordinates(string area, string hour, bool bySegment) => (bySegment ? "segment=" : "zone=") + area + ";hour=" + hour;
}
