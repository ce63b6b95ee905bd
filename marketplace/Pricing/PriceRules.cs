namespace DataZones.Marketplace.Pricing;

/// <summary>Rules shared by the kinds of price plan, so each is written once.</summary>
internal static class PriceRules
{
    /// <summary>Unit prices may carry fractions of a fen (¥0.0125) but no finer.</summary>
    public const int UnitPriceDecimalsMax = 4;

    private const int IdLengthMax = 64;

    public static void CheckId(string? id, List<PlanViolation> violations)
    {
        var valid = !string.IsNullOrEmpty(id)
            && id.Length <= IdLengthMax
            && id[0] != '-'
            && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
        if (!valid)
        {
            violations.Add(new(PlanViolationCodes.IdInvalid,
                $"plan id '{id}' must be 1–{IdLengthMax} lower-case letters, digits or hyphens, not starting with a hyphen"));
        }
    }

    public static void CheckUnitPrice(decimal price, string where, List<PlanViolation> violations)
    {
        if (price < 0)
        {
            violations.Add(new(PlanViolationCodes.PriceNegative, $"{where}: unit price {price} is negative"));
        }

        if (decimal.Round(price, UnitPriceDecimalsMax) != price)
        {
            violations.Add(new(PlanViolationCodes.PriceTooPrecise,
                $"{where}: unit price {price} has more than {UnitPriceDecimalsMax} decimal places"));
        }
    }

    public static void CheckFee(decimal fee, List<PlanViolation> violations)
    {
        if (fee < 0)
        {
            violations.Add(new(PlanViolationCodes.FeeNegative, $"monthly fee {fee} is negative"));
        }

        if (!Fen.IsWhole(fee))
        {
            violations.Add(new(PlanViolationCodes.FeeNotWholeFen, $"monthly fee {fee} is not a whole number of fen"));
        }
    }
}
