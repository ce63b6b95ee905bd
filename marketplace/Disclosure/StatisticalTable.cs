namespace DataZones.Marketplace.Disclosure;

/// <summary>
/// A table before disclosure control: its cells, and its additive relations — each a total with the cells it sums,
/// as indexes into <see cref="Cells"/> — so that suppression can protect every withheld cell in every margin.
/// </summary>
public sealed record StatisticalTable(IReadOnlyList<StatisticalCell> Cells, IReadOnlyList<IReadOnlyList<int>> Relations);
