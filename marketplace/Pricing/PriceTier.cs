namespace DataZones.Marketplace.Pricing;

/// <summary>
/// One step of a graduated pay-per-use price: units of the period up to and including <see cref="UpToUnits"/>
/// (counted from the first unit of the period) cost <see cref="UnitPrice"/> each. The tier starts after the previous
/// tier's bound (after unit 0 for the first). <see cref="UpToUnits"/> is null for the last, open-ended tier.
/// </summary>
/// <param name="UpToUnits">Inclusive upper bound in units of the period, or null for "and above".</param>
/// <param name="UnitPrice">Yuan per unit, at most four decimal places (e.g. ¥0.0125).</param>
public sealed record PriceTier(long? UpToUnits, decimal UnitPrice);
