using DataZones.Zones.Transport.Reference;

namespace DataZones.Zones.Transport.Ingestion;

/// <summary>The codes the holders' files and the answers use for the zone's enums (kebab-case, stable).</summary>
public static class TransportVocabulary
{
    public static readonly IReadOnlyDictionary<string, VehicleType> VehicleTypes = Codes<VehicleType>();
    public static readonly IReadOnlyDictionary<string, UseNature> UseNatures = Codes<UseNature>();
    public static readonly IReadOnlyDictionary<string, RegistrationEventKind> EventKinds = Codes<RegistrationEventKind>();
    public static readonly IReadOnlyDictionary<string, LicenceStatus> LicenceStatuses = Codes<LicenceStatus>();
    public static readonly IReadOnlyDictionary<string, DamageGrade> DamageGrades = Codes<DamageGrade>();

    /// <summary>An enum member's code: <c>HeavyTruck</c> → <c>heavy-truck</c>.</summary>
    public static string Code<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var chars = new List<char>(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) chars.Add('-');
            chars.Add(char.ToLowerInvariant(name[i]));
        }

        return new string([.. chars]);
    }

    private static Dictionary<string, T> Codes<T>()
        where T : struct, Enum => Enum.GetValues<T>().ToDictionary(v => Code(v), v => v, StringComparer.OrdinalIgnoreCase);
}
