namespace DataZones.Zones.Transport.Vin;

/// <summary>Decodes a validated VIN. Pure: no storage, no clock beyond the year it is given.</summary>
public static class VinDecoder
{
    // Position 10: the 30 codes of ISO 3779 / GB 16735 in order (no I, O, Q, U, Z, 0), repeating every 30 years from 1980.
    private const string YearCodes = "ABCDEFGHJKLMNPRSTVWXY123456789";
    private const int FirstCycleYear = 1980;

    /// <param name="vin">A VIN that passed <c>VehicleIdentificationNumberValidator</c>, normalised.</param>
    /// <param name="currentYear">The year now: a year code names the latest year of its cycle not after next year.</param>
    public static VinDecoding Decode(string vin, int currentYear)
    {
        ArgumentNullException.ThrowIfNull(vin);
        if (vin.Length != 17) throw new ArgumentException("A validated 17-character VIN is required.", nameof(vin));
        var wmi = vin[..3];
        WorldManufacturerIdentifiers.China.TryGetValue(wmi, out var manufacturer);
        return new VinDecoding(vin, true, wmi, WorldManufacturerIdentifiers.Region(vin[0]), manufacturer?.Name, manufacturer?.NameChinese,
            manufacturer?.Category, vin[3..8], ModelYear(vin[9], currentYear), vin[10..11], vin[11..]);
    }

    /// <summary>The model year of a position-10 code, or null for a character that is not a year code (0, U, Z).</summary>
    public static int? ModelYear(char code, int currentYear)
    {
        var index = YearCodes.IndexOf(code, StringComparison.Ordinal);
        if (index < 0) return null;
        var year = FirstCycleYear + index;
        while (year + 30 <= currentYear + 1) year += 30;
        return year;
    }
}
