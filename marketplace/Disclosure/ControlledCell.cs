namespace DataZones.Marketplace.Disclosure;

/// <summary>A cell after disclosure control: its rounded count when published, why not when withheld.</summary>
/// <param name="Coordinates">As the zone named the cell.</param>
/// <param name="Status">Published or why withheld.</param>
/// <param name="RoundedCount">The contributor count rounded to the base; null when withheld.</param>
public sealed record ControlledCell(string Coordinates, CellStatus Status, int? RoundedCount)
{
    public bool IsPublished => Status == CellStatus.Published;
}
