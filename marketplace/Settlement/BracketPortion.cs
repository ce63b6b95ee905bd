namespace DataZones.Marketplace.Settlement;

/// <summary>The part of a transaction's revenue that fell in one bracket, for settlement statements.</summary>
/// <param name="Bracket">The bracket's number, from 1.</param>
/// <param name="FromAmount">Where the bracket starts, in yuan.</param>
/// <param name="UpToAmount">Where it ends, in yuan; null for the open-ended bracket.</param>
/// <param name="Revenue">The revenue inside the bracket (its magnitude, for a credit note).</param>
public sealed record BracketPortion(int Bracket, decimal FromAmount, decimal? UpToAmount, decimal Revenue);
