namespace DataZones.Marketplace.Pricing;

/// <summary>
/// The units of a period that fell in one graduated tier and their exact (unrounded) amount. Only the line total
/// is rounded, so these amounts may carry fractions of a fen.
/// </summary>
/// <param name="FirstUnit">The tier's first unit, counted from 1 in the period.</param>
/// <param name="LastUnit">The tier's last unit, or null for the open-ended tier.</param>
/// <param name="Units">Units of the period inside this tier.</param>
/// <param name="UnitPrice">Yuan per unit in this tier.</param>
/// <param name="ExactAmount">Units × unit price, exact.</param>
public sealed record TierCharge(long FirstUnit, long? LastUnit, long Units, decimal UnitPrice, decimal ExactAmount);
