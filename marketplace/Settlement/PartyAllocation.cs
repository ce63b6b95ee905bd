namespace DataZones.Marketplace.Settlement;

/// <summary>One party's part of a transaction.</summary>
/// <param name="Party">Who receives it.</param>
/// <param name="ExactAmount">The progressive rule's exact amount, before rounding (may carry fractions of a fen).</param>
/// <param name="Amount">The settled amount, a whole number of fen; the parts' amounts add up to the revenue exactly.</param>
public sealed record PartyAllocation(PartyId Party, decimal ExactAmount, decimal Amount);
