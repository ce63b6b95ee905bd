using System.Globalization;
using DataZones.Marketplace.Identifiers;
using DataZones.Marketplace.Ingestion;
using DataZones.Zones.Transport.Reference;

namespace DataZones.Zones.Transport.Ingestion;

/// <summary>Field reads only transport files need, on the platform's <see cref="FieldReader"/>.</summary>
internal static class TransportFieldReads
{
    public static string Vin(this FieldReader row, string field)
    {
        var result = VehicleIdentificationNumberValidator.Validate(row.Text(field, 32));
        if (result.IsValid) return result.Normalized;
        if (result.Violation.Code != IdentifierViolationCodes.Missing) row.Report(field, result.Violation.Code, result.Violation.Message);
        return string.Empty;
    }

    /// <summary>A plate's keyed hash; the clear plate goes no further than this method.</summary>
    public static string PlateKey(this FieldReader row, string field, TransportKeys keys)
    {
        var plate = TransportKeys.NormalizePlate(row.Text(field, 16));
        if (plate.Length == 0) return string.Empty;
        if (plate.Length is < 7 or > 8)
        {
            row.Report(field, TransportProblemCodes.InvalidPlate, $"The field {field} must be a plate of 7 or 8 characters (鲁B12345, 鲁BD12345).");
            return string.Empty;
        }

        return keys.Plate(plate);
    }

    /// <summary>An optional identity number, validated and returned only as its keyed hash.</summary>
    public static string? PersonKey(this FieldReader row, string field, TransportKeys keys)
    {
        if (!row.Has(field)) return null;
        var result = ResidentIdentityNumberValidator.Validate(row.Text(field, 32));
        if (result.IsValid) return keys.Person(result.Normalized);
        row.Report(field, result.Violation.Code, result.Violation.Message);
        return null;
    }

    public static DateTimeOffset Timestamp(this FieldReader row, string field)
    {
        var text = row.Text(field, 40);
        if (text.Length == 0) return default;
        if (DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mmzzz"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)) return value;
        row.Report(field, TransportProblemCodes.InvalidTimestamp, $"The field {field} must be a time with its offset, e.g. 2026-03-02T08:15:00+08:00.");
        return default;
    }

    public static double Coordinate(this FieldReader row, string field, double minimum, double maximum)
    {
        var text = row.Text(field, 20);
        if (text.Length == 0) return 0;
        if (double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum) return value;
        row.Report(field, TransportProblemCodes.InvalidCoordinate, $"The field {field} must be a WGS 84 degree from {minimum} to {maximum}.");
        return 0;
    }

    public static string? Optional(this FieldReader row, string field) => row.Has(field) ? row.Text(field) : null;
}
