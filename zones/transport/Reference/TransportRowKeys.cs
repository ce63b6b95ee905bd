using System.Globalization;

namespace DataZones.Zones.Transport.Reference;

/// <summary>
/// Row keys of a vehicle's partition. Dated kinds put the date first (<c>yyyyMMdd</c>) so a partition reads in time
/// order; the holders' ids are key-safe (checked at ingestion), so a key splits unambiguously on <c>|</c>.
/// </summary>
public static class TransportRowKeys
{
    public const string Vehicle = "vehicle";

    public static string Event(DateOnly on, string id) => "event|" + Day(on) + "|" + id;

    public static string Inspection(DateOnly on, string id) => "insp|" + Day(on) + "|" + id;

    public static string Licence(string id) => "licence|" + id;

    public static string Telematics(DateOnly day) => "tm|" + Day(day);

    public static string Accident(string caseNumber) => "acc|" + caseNumber;

    public static string Violation(DateOnly on, string id) => "vio|" + Day(on) + "|" + id;

    private static string Day(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
