namespace DataZones.Zones.Finance.Ingestion;

/// <summary>How a column's value is written in JSON Lines (in CSV every value is text).</summary>
public enum FinanceColumnKind
{
    /// <summary>A JSON string.</summary>
    Text,

    /// <summary>A JSON number, written exactly as in CSV (no exponent).</summary>
    Number,

    /// <summary>A JSON <c>true</c> or <c>false</c>.</summary>
    Boolean,
}
