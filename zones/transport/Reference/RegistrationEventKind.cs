namespace DataZones.Zones.Transport.Reference;

/// <summary>What happened to a registration: a change of owner or use, an encumbrance, or a damage brand.</summary>
public enum RegistrationEventKind
{
    Transfer,
    UseChange,
    Mortgage,
    MortgageRelease,
    Seizure,
    SeizureRelease,
    FloodDamage,
    FireDamage,
    TotalLoss,
}
