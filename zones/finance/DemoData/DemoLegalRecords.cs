using DataZones.Zones.Finance.Reference;

namespace DataZones.Zones.Finance.DemoData;

/// <summary>The legal records generated for one demo enterprise.</summary>
internal sealed record DemoLegalRecords(
    IReadOnlyList<AdministrativePenaltyRecord> Penalties,
    IReadOnlyList<CourtEnforcementRecord> Enforcements,
    IReadOnlyList<DishonestDebtorRecord> Listings);
