using DataZones.Marketplace.Uploads;

namespace DataZones.Zones.Ocean.Ingestion;

/// <summary>One file's write link; <paramref name="Bytes"/> is the exact length a raw file must have (none for CSV).</summary>
public sealed record PartLink(string Part, WriteLink Link, long? Bytes);
