namespace DataZones.Zones.Finance.Reference;

/// <summary>
/// Everything the platform holds about one enterprise: what one partition query of the reference table returns.
/// </summary>
public sealed record EnterpriseReferenceSet(
    EnterpriseRegistration Registration,
    IReadOnlyList<TaxRatingRecord> TaxRatings,
    IReadOnlyList<HeadcountRecord> Headcounts,
    IReadOnlyList<UtilityPaymentRecord> UtilityPayments,
    IReadOnlyList<AdministrativePenaltyRecord> Penalties,
    IReadOnlyList<CourtEnforcementRecord> CourtEnforcements,
    IReadOnlyList<DishonestDebtorRecord> DishonestDebtorListings)
{
    /// <summary>
    /// Sorts a partition's records into a set. Records of another enterprise are a caller's bug and throw.
    /// </summary>
    /// <exception cref="ArgumentException">No registry record, more than one, or records of another enterprise.</exception>
    public static EnterpriseReferenceSet From(IEnumerable<IFinanceReferenceRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var list = records.ToList();
        var registrations = list.OfType<EnterpriseRegistration>().ToList();
        if (registrations.Count != 1)
        {
            throw new ArgumentException("Exactly one registry record is needed.", nameof(records));
        }

        var creditCode = registrations[0].CreditCode;
        if (list.Any(r => r.CreditCode != creditCode))
        {
            throw new ArgumentException("All records must belong to one enterprise.", nameof(records));
        }

        return new EnterpriseReferenceSet(
            registrations[0],
            [.. list.OfType<TaxRatingRecord>()],
            [.. list.OfType<HeadcountRecord>()],
            [.. list.OfType<UtilityPaymentRecord>()],
            [.. list.OfType<AdministrativePenaltyRecord>()],
            [.. list.OfType<CourtEnforcementRecord>()],
            [.. list.OfType<DishonestDebtorRecord>()]);
    }
}
