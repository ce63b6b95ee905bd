namespace DataZones.Marketplace.Pricing;

/// <summary>
/// How a product's use is charged for one billing period: <see cref="PayPerUsePlan"/> or <see cref="MonthlyPlan"/>.
/// Plans are immutable values; <see cref="Validate"/> reports every broken rule at once, and rating an invalid plan
/// throws, because a plan is validated when it is saved and an invalid one reaching billing is a bug.
/// </summary>
/// <param name="Id">Stable identifier ("payg", "monthly-basic"): lower-case letters, digits and hyphens, 1–64 long.</param>
public abstract record PricePlan(string Id)
{
    /// <summary>Every rule this plan breaks; empty when the plan is valid.</summary>
    public IReadOnlyList<PlanViolation> Validate()
    {
        var violations = new List<PlanViolation>();
        PriceRules.CheckId(Id, violations);
        AddViolations(violations);
        return violations;
    }

    /// <summary>Throws <see cref="InvalidOperationException"/> listing every violation if the plan is invalid.</summary>
    public void EnsureValid()
    {
        var violations = Validate();
        if (violations.Count > 0)
        {
            var codes = string.Join("; ", violations.Select(v => $"{v.Code}: {v.Message}"));
            throw new InvalidOperationException($"Price plan '{Id}' is invalid: {codes}");
        }
    }

    /// <summary>Adds the violations of the rules particular to this kind of plan.</summary>
    private protected abstract void AddViolations(List<PlanViolation> violations);
}
