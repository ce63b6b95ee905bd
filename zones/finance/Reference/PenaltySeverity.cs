namespace DataZones.Zones.Finance.Reference;

/// <summary>How serious an administrative penalty is, as the holder classifies it.</summary>
public enum PenaltySeverity
{
    /// <summary>Warning or small fine (警告、小额罚款).</summary>
    Minor,

    /// <summary>Larger fine or confiscation (较大数额罚款、没收).</summary>
    Moderate,

    /// <summary>Suspension or revocation of a licence (责令停产停业、吊销许可证).</summary>
    Severe,
}
