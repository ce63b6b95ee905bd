namespace DataZones.Marketplace.Disclosure;

/// <summary>Logical names of the overlap audit's table and container (the platform prefixes both).</summary>
public static class DisclosureTables
{
    /// <summary>One row per published cell: PartitionKey = scope, RowKey = <c>{coordinates hash}|{count:D10}|{answer}</c>.</summary>
    public const string PublishedCells = "disclosurecells";

    /// <summary>One blob per answer, <c>{scope}/{answer}</c>: its published cells' contributor keys, back to back.</summary>
    public const string Container = "disclosurecells";
}
