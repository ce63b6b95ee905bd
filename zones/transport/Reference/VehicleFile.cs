namespace DataZones.Zones.Transport.Reference;

/// <summary>Everything the holders recorded about one vehicle: one partition, read in one query.</summary>
public sealed record VehicleFile(
    VehicleRegistration? Registration,
    IReadOnlyList<RegistrationEvent> Events,
    IReadOnlyList<Inspection> Inspections,
    IReadOnlyList<OperatingLicence> Licences,
    IReadOnlyList<TelematicsDay> Telematics,
    IReadOnlyList<AccidentParty> Accidents,
    IReadOnlyList<Violation> Violations)
{
    /// <summary>Whether any holder knows the VIN at all.</summary>
    public bool IsKnown => Registration is not null || Events.Count + Inspections.Count + Licences.Count + Telematics.Count + Accidents.Count + Violations.Count > 0;

    public static VehicleFile From(IEnumerable<ITransportRecord> records)
    {
        var list = records.ToList();
        return new VehicleFile(
            list.OfType<VehicleRegistration>().FirstOrDefault(),
            list.OfType<RegistrationEvent>().OrderBy(e => e.On).ToList(),
            list.OfType<Inspection>().OrderBy(i => i.On).ToList(),
            list.OfType<OperatingLicence>().ToList(),
            list.OfType<TelematicsDay>().OrderBy(t => t.Day).ToList(),
            list.OfType<AccidentParty>().OrderBy(a => a.OccurredAt).ToList(),
            list.OfType<Violation>().OrderBy(v => v.On).ToList());
    }
}
