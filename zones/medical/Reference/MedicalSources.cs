namespace DataZones.Zones.Medical.Reference;

/// <summary>The sources' codes in upload addresses and files, and the holder that owns them.</summary>
public static class MedicalSources
{
    /// <summary>The municipal health commission (卫健委), the holder of both sources.</summary>
    public const string HolderId = "qingdao-health-commission";

    public static IReadOnlyList<MedicalSource> All { get; } = [MedicalSource.Visits, MedicalSource.Prescriptions];

    public static string Code(MedicalSource source) => source switch
    {
        MedicalSource.Visits => "visits",
        MedicalSource.Prescriptions => "prescriptions",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown medical source."),
    };

    public static bool TryFromCode(string? code, out MedicalSource source)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(Code(candidate), code, StringComparison.Ordinal))
            {
                source = candidate;
                return true;
            }
        }

        source = default;
        return false;
    }
}
