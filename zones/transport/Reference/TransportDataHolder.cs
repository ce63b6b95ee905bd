namespace DataZones.Zones.Transport.Reference;

/// <summary>A government unit whose data the zone answers from.</summary>
public sealed record TransportDataHolder(string Id, string Name, string NameChinese);
