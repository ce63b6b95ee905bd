namespace DataZones.Zones.Ocean.Ingestion;

/// <summary>The outcome of a linked ingestion's start: the header's outcome, and when accepted, the ingestion and its links.</summary>
public sealed record LinkedIngestionBegin(IngestionBegin Header, IngestionJob? Job, IReadOnlyList<PartLink> Uploads);
