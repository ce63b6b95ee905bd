using System.Security.Cryptography;

namespace DataZones.Bench.Hosting;

/// <summary>
/// Fresh identifier-hashing keys for every zone the deployed app starts (each refuses to start without its own),
/// for the benchmarks that run the whole app outside Development.
/// </summary>
public static class ZoneHashKeys
{
    public static IReadOnlyDictionary<string, string> Fresh() => new Dictionary<string, string>
    {
        ["Finance:IdentifierHashKey"] = Key(),
        ["Medical:IdentifierHashKey"] = Key(),
        ["Consent:SubjectHashKey"] = Key(),
        ["Transport:IdentifierHashKey"] = Key(),
    };

    private static string Key() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
