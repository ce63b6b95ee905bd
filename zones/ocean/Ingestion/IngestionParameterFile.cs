namespace DataZones.Zones.Ocean.Ingestion;

/// <summary>One parameter of an upload and the multipart part (by name) that carries its raw <c>&lt;f4</c> values.</summary>
public sealed record IngestionParameterFile(string? Name, string? File);
