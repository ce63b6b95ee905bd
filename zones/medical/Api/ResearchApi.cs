using System.Text.RegularExpressions;
using DataZones.Marketplace.Disclosure;
using DataZones.Marketplace.Pipeline;
using DataZones.Marketplace.Problems;
using DataZones.Marketplace.Time;
using DataZones.Zones.Medical.Problems;
using DataZones.Zones.Medical.Products;
using DataZones.Zones.Medical.Research;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DataZones.Zones.Medical.Api;

/// <summary>Research aggregates (科研统计) for research institutes: one unit per answered cohort; a refused one is not billed.</summary>
public static partial class ResearchApi
{
    public static RouteGroupBuilder MapResearchApi(this RouteGroupBuilder zone)
    {
        zone.MapPost("/research/cohorts", CohortAsync)
            .Paid(MedicalProducts.ResearchAggregates, MedicalProducts.CohortOperation)
            .Produces<CohortAnswer>()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Cohort statistics by age band and sex for a diagnosis category (and drug class) over whole years; small cells withheld, counts rounded.");
        return zone;
    }

    private static async Task<IResult> CohortAsync(CohortRequest request, ResearchService research, BusinessCalendar calendar, TimeProvider time, CancellationToken cancellationToken)
    {
        var thisYear = calendar.DayOf(time.GetUtcNow()).Year;
        var errors = new List<FieldError>();
        var category = request.DiagnosisCategory?.Trim().ToUpperInvariant();
        if (category is null || !Subgroup().IsMatch(category))
        {
            errors.Add(new FieldError("diagnosisCategory", "invalid-category", "diagnosisCategory is an ICD-10 category: a letter and two digits, e.g. E11."));
        }

        var drugClass = request.DrugClass?.Trim().ToUpperInvariant();
        if (drugClass is not null && !Subgroup().IsMatch(drugClass))
        {
            errors.Add(new FieldError("drugClass", "invalid-drug-class", "drugClass is an ATC therapeutic subgroup: a letter and two digits, e.g. A10."));
        }

        var earliest = thisYear - CohortQuery.YearsBackMaximum + 1;
        if (request.FromYear is not { } from || from < earliest || from > thisYear)
        {
            errors.Add(new FieldError("fromYear", "out-of-range", $"fromYear is a year from {earliest} to {thisYear}."));
        }

        if (request.ToYear is not { } to || to < (request.FromYear ?? earliest) || to > thisYear || to - (request.FromYear ?? to) >= CohortQuery.YearsMaximum)
        {
            errors.Add(new FieldError("toYear", "out-of-range", $"toYear is from fromYear to {thisYear}, at most {CohortQuery.YearsMaximum} years in all."));
        }

        if (errors.Count > 0) return Problem.Invalid(errors, MedicalProblemTypes.InvalidCohortRequest);
        var query = new CohortQuery(category!, drugClass, request.FromYear!.Value, request.ToYear!.Value);
        return await research.CohortAsync(query, request, cancellationToken) is { } answer
            ? PaidAnswer.Json(answer, 1)
            : Problem.Of(DisclosureProblemTypes.TooCloseToEarlierAnswer,
                "A published cell of this cohort would differ from a cell already published for another research query by fewer than "
                + "the minimum number of persons. Nothing was charged; widen the cohort (a broader category, no drug class, more years).");
    }

    [GeneratedRegex(@"^[A-Z]\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Subgroup();
}
