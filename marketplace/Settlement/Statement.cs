namespace DataZones.Marketplace.Settlement;

/// <summary>A party's statement for a settlement month: an entry per transaction and their total.</summary>
public sealed record Statement(string Period, string Party, decimal Total, IReadOnlyList<StatementEntry> Entries);
