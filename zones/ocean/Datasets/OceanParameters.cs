namespace DataZones.Zones.Ocean.Datasets;

/// <summary>The parameters the ocean zone publishes, named by their CF standard names.</summary>
public static class OceanParameters
{
    public static readonly OceanParameter SeaSurfaceTemperature = new(
        "sea_surface_temperature", "sea_surface_temperature", "Sea surface temperature", "degC", "degree Celsius");

    /// <summary>Practical salinity: CF writes its units as "1e-3" (parts per thousand, the PSU of older data).</summary>
    public static readonly OceanParameter SeaWaterSalinity = new(
        "sea_water_salinity", "sea_water_salinity", "Sea water salinity (PSU)", "1e-3", "practical salinity unit (PSU)");

    public static readonly OceanParameter SignificantWaveHeight = new(
        "sea_surface_wave_significant_height", "sea_surface_wave_significant_height", "Significant wave height", "m", "metre");

    /// <summary>Wind speed at 10 m above the sea surface, the height forecasts and reanalyses report.</summary>
    public static readonly OceanParameter WindSpeed = new(
        "wind_speed", "wind_speed", "Wind speed at 10 m", "m s-1", "metre per second");

    public static IReadOnlyList<OceanParameter> All { get; } =
        [SeaSurfaceTemperature, SeaWaterSalinity, SignificantWaveHeight, WindSpeed];
}
