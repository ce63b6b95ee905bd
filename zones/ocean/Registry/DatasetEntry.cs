namespace DataZones.Zones.Ocean.Registry;

/// <summary>A published dataset as the registry lists it: its id (the EDR collection id), title and group path.</summary>
public sealed record DatasetEntry(string Id, string Title, string GroupPath, DateTimeOffset PublishedAt);
