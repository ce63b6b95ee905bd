namespace DataZones.Zones.Transport.Vin;

/// <summary>A manufacturer a WMI is assigned to, and the kind of vehicle it mostly builds under that WMI.</summary>
public sealed record Manufacturer(string Name, string NameChinese, string Category);
