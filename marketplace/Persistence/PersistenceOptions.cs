namespace DataZones.Marketplace.Persistence;

/// <summary>Configuration section <c>Persistence</c>.</summary>
public sealed class PersistenceOptions
{
    public const string SectionName = "Persistence";

    /// <summary>Prepended to every table and container name: lower-case letters and digits, starting with a letter.</summary>
    public string TablePrefix { get; set; } = "dz";
}
