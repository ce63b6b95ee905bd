namespace DataZones.Marketplace.Ingestion;

/// <summary>The file formats a data holder may deliver; both are UTF-8 and carry the same fields.</summary>
public enum IngestionFormat
{
    /// <summary>CSV (RFC 4180): a header row, comma-separated, fields with commas, quotes or line breaks quoted.</summary>
    Csv,

    /// <summary>JSON Lines: one JSON object per line, field names as the CSV header.</summary>
    JsonLines,
}
