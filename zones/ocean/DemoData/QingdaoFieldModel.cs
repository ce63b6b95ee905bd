namespace DataZones.Zones.Ocean.DemoData;

/// <summary>
/// Plausible daily surface fields for the sea off Qingdao. Each formula is a caricature of a known feature:
/// SST's seasonal cycle (about 4 °C in February to 26 °C in August), colder to the north and, in winter, near the
/// shallow coast; salinity near 31.5 freshened by rivers along the coast in the summer rainy season; a stronger
/// winter monsoon; a few storms that lift 10 m wind to 15–25 m/s and significant wave height to 3–5 m; and
/// smooth, seeded weather noise. Values are deterministic for a seed.
/// </summary>
public sealed class QingdaoFieldModel
{
    private readonly IReadOnlyList<Storm> _storms;
    private readonly double[] _phases;

    public QingdaoFieldModel(int seed)
    {
        var random = new Random(seed);
        _storms = Storm.Season(random);
        _phases = Enumerable.Range(0, 8).Select(_ => random.NextDouble() * 2 * Math.PI).ToArray();
    }

    public IReadOnlyList<Storm> Storms => _storms;

    /// <summary>The four fields at one sea cell on day-of-year <paramref name="day"/> (0-based), given its distance to the coast.</summary>
    public (float Sst, float Salinity, float WaveHeight, float WindSpeed) At(int day, double longitude, double latitude, double coastKm)
    {
        var season = Math.Cos(2 * Math.PI * (day - 40) / 365.0); // +1 on 9 February, -1 in mid-August
        var coastal = Math.Exp(-coastKm / 20);
        var storm = _storms.Max(s => s.Intensity(day, longitude, latitude) * s.PeakWindSpeed);
        var stormStrength = _storms.Max(s => s.Intensity(day, longitude, latitude));

        var sst = 14.8 - 10.8 * season
            - (latitude - 36) * (0.8 + 0.6 * Math.Max(0, season))
            + 0.3 * (longitude - 121)
            - 1.2 * coastal * season
            - 1.5 * stormStrength
            + 0.4 * Noise(day / 6.0, longitude, latitude, 0);

        var rainy = Math.Max(0, Math.Cos(2 * Math.PI * (day - 200) / 365.0));
        var bay = Math.Exp(-(Math.Pow(longitude - 120.25, 2) + Math.Pow(latitude - 36.1, 2)) / 0.05);
        var salinity = 31.7 - 0.9 * coastal * (1 + rainy) - 0.6 * bay * rainy + 0.1 * Noise(day / 10.0, longitude, latitude, 2);

        var monsoon = 5.5 + 2.0 * Math.Cos(2 * Math.PI * (day - 15) / 365.0);
        var weather = monsoon + 1.6 * Noise(day / 2.5, longitude, latitude, 4);
        var wind = Math.Max(weather, storm) * (1 - 0.25 * Math.Exp(-coastKm / 15));

        var sheltered = 1 - 0.5 * Math.Exp(-coastKm / 10);
        var waves = (0.25 + 0.0085 * wind * wind) * sheltered;

        return ((float)Math.Round(sst, 2), (float)Math.Round(Math.Clamp(salinity, 29.0, 32.5), 2),
            (float)Math.Round(Math.Clamp(waves, 0.1, 5.5), 2), (float)Math.Round(Math.Max(0.3, wind), 2));
    }

    /// <summary>Smooth noise in [-1, 1]: two travelling waves with seeded phases.</summary>
    private double Noise(double time, double longitude, double latitude, int phase) =>
        0.6 * Math.Sin(time + 2.1 * longitude + 1.3 * latitude + _phases[phase])
        + 0.4 * Math.Sin(1.7 * time - 1.4 * longitude + 2.6 * latitude + _phases[phase + 1]);
}
