namespace DataZones.Marketplace.Settlement;

/// <summary>One party's settled amount of a line.</summary>
/// <param name="Party">As <see cref="PartyId.ToString"/>: <c>holder:…</c>, <c>operator:…</c>, <c>merchant:…</c>.</param>
/// <param name="Amount">Whole fen.</param>
public sealed record SettledPart(string Party, decimal Amount);
