namespace DataZones.Storage.Tables;

/// <summary>A table, as the service lists it.</summary>
/// <param name="Name">The table's name.</param>
public sealed record TableItem(string Name);
