namespace DataZones.Zones.Ocean.DemoData;

/// <summary>
/// A storm of the demo year: a summer typhoon remnant or a winter cold-air outbreak, peaking on
/// <see cref="PeakDay"/> (day of year, fractional) at <see cref="PeakWindSpeed"/> m/s near its centre, over roughly
/// <see cref="DurationDays"/> days and a radius of <see cref="RadiusDegrees"/>.
/// </summary>
public sealed record Storm(double PeakDay, double DurationDays, double PeakWindSpeed, double CentreLongitude, double CentreLatitude, double RadiusDegrees)
{
    /// <summary>Strength from 0 to 1 at a day and place: Gaussian in time and in distance from the centre.</summary>
    public double Intensity(double day, double longitude, double latitude)
    {
        var inTime = (day - PeakDay) / (DurationDays / 2);
        var distanceSquared = Math.Pow(longitude - CentreLongitude, 2) + Math.Pow(latitude - CentreLatitude, 2);
        return Math.Exp(-inTime * inTime) * Math.Exp(-distanceSquared / (RadiusDegrees * RadiusDegrees));
    }

    /// <summary>A few storms, drawn deterministically from <paramref name="random"/>: two in the typhoon season, three in winter.</summary>
    public static IReadOnlyList<Storm> Season(Random random)
    {
        Storm Draw(double firstDay, double lastDay) => new(
            firstDay + random.NextDouble() * (lastDay - firstDay), 2 + random.NextDouble() * 2, 15 + random.NextDouble() * 10,
            120 + random.NextDouble() * 2.5, 35 + random.NextDouble() * 1.5, 1.5 + random.NextDouble());
        return [Draw(10, 60), Draw(190, 215), Draw(225, 255), Draw(310, 335), Draw(340, 360)];
    }
}
