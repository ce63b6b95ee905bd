namespace DataZones.Zones.Transport.Reference;

/// <summary>The sources' codes in upload addresses and files, and the holder that owns each.</summary>
public static class TransportSources
{
    public static readonly TransportDataHolder VehicleAdministration =
        new("qingdao-vehicle-administration", "Qingdao Vehicle Administration Office", "青岛市公安局交通警察支队车辆管理所");

    public static readonly TransportDataHolder TransportServiceCentre =
        new("qingdao-transport-service-centre", "Qingdao Transport Service Centre", "青岛市交通运输服务中心");

    public static readonly TransportDataHolder TrafficPolice =
        new("qingdao-traffic-police", "Qingdao Traffic Police Detachment", "青岛市公安局交通警察支队");

    public static IReadOnlyList<TransportSource> All { get; } = Enum.GetValues<TransportSource>();

    public static TransportDataHolder Holder(TransportSource source) => source switch
    {
        TransportSource.Vehicles or TransportSource.RegistrationEvents or TransportSource.Inspections => VehicleAdministration,
        TransportSource.Licences or TransportSource.Telematics or TransportSource.TrafficObservations => TransportServiceCentre,
        TransportSource.Accidents or TransportSource.Violations => TrafficPolice,
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown transport source."),
    };

    public static string Code(TransportSource source) => source switch
    {
        TransportSource.Vehicles => "vehicles",
        TransportSource.RegistrationEvents => "registration-events",
        TransportSource.Inspections => "inspections",
        TransportSource.Licences => "licences",
        TransportSource.Telematics => "telematics",
        TransportSource.Accidents => "accidents",
        TransportSource.Violations => "violations",
        TransportSource.TrafficObservations => "traffic-observations",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown transport source."),
    };

    public static bool TryFromCode(string? code, out TransportSource source)
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
