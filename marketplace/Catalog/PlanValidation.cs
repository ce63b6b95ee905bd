using DataZones.Marketplace.Problems;

namespace DataZones.Marketplace.Catalog;

/// <summary>Checks plans sent by the operator, reporting every problem at once as field errors.</summary>
public static class PlanValidation
{
    public static IReadOnlyList<FieldError> Check(IReadOnlyList<PricePlanDocument>? plans)
    {
        var errors = new List<FieldError>();
        if (plans is null || plans.Count == 0)
        {
            errors.Add(new FieldError("plans", "required", "At least one plan is required."));
            return errors;
        }
        for (var i = 0; i < plans.Count; i++)
        {
            if (!plans[i].IsKnownKind)
            {
                errors.Add(new FieldError($"plans[{i}].kind", "unknown-kind", $"Plan kind must be '{PricePlanDocument.PayPerUseKind}' or '{PricePlanDocument.MonthlyKind}'."));
                continue;
            }
            errors.AddRange(plans[i].ToPlan().Validate().Select(v => new FieldError($"plans[{i}]", v.Code, v.Message)));
        }
        foreach (var duplicate in plans.GroupBy(p => p.Id).Where(g => g.Count() > 1))
        {
            errors.Add(new FieldError("plans", "duplicate-plan-id", $"Plan id '{duplicate.Key}' is used more than once."));
        }
        return errors;
    }
}
