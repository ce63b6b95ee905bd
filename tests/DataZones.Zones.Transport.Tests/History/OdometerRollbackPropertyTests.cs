using DataZones.Zones.Transport.History;
using FsCheck;
using FsCheck.Fluent;

namespace DataZones.Zones.Transport.Tests.History;

/// <summary>Rollback detection on generated odometer timelines.</summary>
public sealed class OdometerRollbackPropertyTests
{
    private static readonly DateOnly Start = new(2015, 1, 1);

    // A timeline of 2–12 inspections a year or so apart, each reading 0–40,000 km above the previous one.
    private static readonly Gen<List<OdometerReading>> Honest =
        from count in Gen.Choose(2, 12)
        from steps in Gen.ArrayOf(Gen.Choose(0, 40_000), count)
        from gaps in Gen.ArrayOf(Gen.Choose(200, 500), count)
        select Timeline(steps, gaps);

    [Fact]
    public void Rollbacks_NonDecreasingTimeline_FindsNone() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1_000), Prop.ForAll(Honest.ToArbitrary(),
            readings => (OdometerRollbackDetector.Rollbacks(Shuffle(readings)).Count == 0).Label(string.Join(" ", readings))));

    [Fact]
    public void Rollbacks_OneReadingTurnedBackBeyondTheTolerance_FindsExactlyThatReading() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1_000), Prop.ForAll(
            Honest.SelectMany(r => Gen.Choose(1, r.Count - 1).SelectMany(at => Gen.Choose(OdometerRollbackDetector.ToleranceKm + 1, 200_000).Select(by => (r, at, by)))).ToArbitrary(),
            c =>
            {
                // The timeline starts at 200,000 km (a used vehicle), so a turn-back of up to 200,000 km never has to be
                // cut at zero — a cut one could land within the tolerance and rightly not be found.
                var used = c.r.Select(x => x with { Km = x.Km + 200_000 }).ToList();
                var highestBefore = used.Take(c.at).Max(x => x.Km);
                var rolled = used.Select((x, i) => i == c.at ? x with { Km = highestBefore - c.by } : x).ToList();
                // Later readings keep rising from the true mileage, so only the turned-back one is below an earlier reading,
                // unless the turn-back was so deep that the next readings are also below the peak; those are rollbacks too.
                var found = OdometerRollbackDetector.Rollbacks(rolled);
                var expected = rolled.Where((x, i) => i > 0 && x.Km < rolled.Take(i).Max(y => y.Km) - OdometerRollbackDetector.ToleranceKm).ToList();
                return (found.Contains(rolled[c.at]) && found.SequenceEqual(expected)).Label($"at {c.at} by {c.by}: {string.Join(" ", rolled)}");
            }));

    [Fact]
    public void Rollbacks_DropWithinTheTolerance_IsNotARollback()
    {
        var readings = new[] { new OdometerReading(Start, 50_000), new OdometerReading(Start.AddYears(1), 50_000 - OdometerRollbackDetector.ToleranceKm) };

        Assert.Empty(OdometerRollbackDetector.Rollbacks(readings));
    }

    private static List<OdometerReading> Timeline(int[] steps, int[] gaps)
    {
        var readings = new List<OdometerReading>();
        var km = 0;
        var on = Start;
        for (var i = 0; i < steps.Length; i++)
        {
            km += steps[i];
            on = on.AddDays(gaps[i]);
            readings.Add(new OdometerReading(on, km));
        }

        return readings;
    }

    // The detector orders by date itself; the holder's file may list inspections in any order.
    private static List<OdometerReading> Shuffle(List<OdometerReading> readings) => readings.OrderBy(r => r.Km % 7).ThenByDescending(r => r.On).ToList();
}
