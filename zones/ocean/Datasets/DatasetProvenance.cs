namespace DataZones.Zones.Ocean.Datasets;

/// <summary>
/// Where a dataset comes from, as the CF and ACDD attributes say it: <c>institution</c> (who produced it),
/// <c>source</c> (how: model, instrument, reanalysis), <c>license</c> and <c>history</c> (one line per processing
/// step, newest last). Given by the holder at ingestion; exports append their own history line.
/// </summary>
public sealed record DatasetProvenance(string? Institution, string? Source, string? License, string? History)
{
    public const string InstitutionAttribute = "institution";
    public const string SourceAttribute = "source";
    public const string LicenseAttribute = "license";
    public const string HistoryAttribute = "history";

    /// <summary>The longest institution, source or license text accepted at ingestion.</summary>
    public const int TextLengthMax = 2_000;

    /// <summary>The attributes it gives, by their CF names; absent ones are left out.</summary>
    public IEnumerable<(string Name, string Value)> Attributes()
    {
        foreach (var (name, value) in new[] { (InstitutionAttribute, Institution), (SourceAttribute, Source), (LicenseAttribute, License), (HistoryAttribute, History) })
        {
            if (!string.IsNullOrEmpty(value)) yield return (name, value);
        }
    }

    /// <summary>This provenance with <paramref name="line"/> appended to its history.</summary>
    public DatasetProvenance WithHistory(string line) =>
        this with { History = string.IsNullOrEmpty(History) ? line : History + "\n" + line };
}
