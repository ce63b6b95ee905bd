namespace DataZones.Marketplace.Catalog;

/// <summary>What one billed unit of an operation is.</summary>
public enum MeterKind
{
    /// <summary>Each successful call is one unit.</summary>
    PerCall,

    /// <summary>Each record answered (e.g. each item of a batch verification) is one unit.</summary>
    PerRecord,

    /// <summary>Each data value returned (e.g. each grid value of an ocean query) is one unit.</summary>
    PerValue,

    /// <summary>Each started megabyte (10^6 bytes) of an export is one unit.</summary>
    PerMegabyte,
}
