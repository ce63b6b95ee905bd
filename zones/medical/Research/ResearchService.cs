using DataZones.Marketplace.Disclosure;
using DataZones.Zones.Medical.Products;

namespace DataZones.Zones.Medical.Research;

/// <summary>
/// Research aggregates (科研统计): the cohort's visits from the research index (one or two partition reads), the
/// table built, then the platform's disclosure control — suppression, rounding and the overlap audit against every
/// earlier research answer. Null when the audit refuses.
/// </summary>
public sealed class ResearchService(ResearchIndexStore index, DisclosureControl disclosure)
{
    public async Task<CohortAnswer?> CohortAsync(CohortQuery query, CohortRequest asked, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var visits = index.VisitsAsync(query.DiagnosisCategory, query.From, query.To, cancellationToken);
        var prescribed = query.DrugClass is { } drugClass ? await index.PrescribedAsync(drugClass, query.From, query.To, cancellationToken) : null;
        var (table, positions) = CohortTable.Build(query, await visits, prescribed);

        var outcome = await disclosure.PublishAsync(MedicalProducts.ResearchAggregates, table, cancellationToken);
        if (outcome.TooCloseToEarlierAnswer) return null;

        var cells = outcome.Cells!.Select((c, i) => new CohortAnswerCell(positions[i].AgeBand, positions[i].Sex, positions[i].Measure, c.RoundedCount, Reason(c.Status))).ToList();
        var byPosition = cells.ToDictionary(c => (c.AgeBand, c.Sex, c.Measure));
        var rates = cells.Where(c => c.Measure == CohortMeasures.Admitted)
            .Select(admitted => new CohortRate(admitted.AgeBand, admitted.Sex, Rate(byPosition[(admitted.AgeBand, admitted.Sex, CohortMeasures.Readmitted)].Persons, admitted.Persons)))
            .ToList();
        return new CohortAnswer(asked with { DiagnosisCategory = query.DiagnosisCategory, DrugClass = query.DrugClass }, disclosure.MinimumContributors, disclosure.RoundingBase, cells, rates);
    }

    private static string? Reason(CellStatus status) => status switch
    {
        CellStatus.TooFewContributors => "too-few-persons",
        CellStatus.ProtectsAnother => "protects-another",
        _ => null,
    };

    private static decimal? Rate(int? readmitted, int? admitted) =>
        readmitted is { } r && admitted is > 0 and { } a ? Math.Round((decimal)r / a, 2, MidpointRounding.AwayFromZero) : null;
}
