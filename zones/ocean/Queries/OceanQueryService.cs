using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Edr;
using DataZones.Zones.Ocean.Engine;
using DataZones.Zones.Ocean.Registry;
using Microsoft.Extensions.Options;

namespace DataZones.Zones.Ocean.Queries;

/// <summary>
/// Answers an EDR query: finds the collection, parses and plans the query (every problem at once), refuses one
/// that would read more than the configured maximum before reading anything, runs the engine, and renders the
/// answer in the asked format with the number of values it is billed for.
/// </summary>
public sealed class OceanQueryService(DatasetRegistry registry, OceanQueryEngine engine, IOptions<OceanOptions> options)
{
    public async Task<OceanQueryOutcome> QueryAsync(
        string collectionId, EdrQueryKind kind, EdrQueryParameters parameters, string? format, bool elevatedGrade,
        CancellationToken cancellationToken)
    {
        var dataset = await registry.OpenAsync(collectionId, cancellationToken).ConfigureAwait(false);
        if (dataset is null)
        {
            return OceanQueryOutcome.Failed(QueryOutcomeStatus.CollectionNotFound);
        }
        if (OutputFormats.Parse(format) is not { } outputFormat)
        {
            return OceanQueryOutcome.Failed(QueryOutcomeStatus.UnknownFormat);
        }
        var planned = Plan(dataset.Descriptor, kind, parameters);
        if (!planned.IsValid)
        {
            return OceanQueryOutcome.Failed(QueryOutcomeStatus.Invalid, planned.Problems);
        }
        return await AnswerAsync(dataset, planned.Value, elevatedGrade, OutputFormats.MediaType(outputFormat),
            (result, ct) => OutputFormats.RenderAsync(result, outputFormat, ct), cancellationToken, outputFormat).ConfigureAwait(false);
    }

    /// <summary>
    /// The shared second half of every synchronous answer (EDR and griddap): refuses a plan over the values-per-request
    /// maximum before reading anything, runs the engine, renders with <paramref name="render"/> and bills the values.
    /// With <paramref name="thin"/> (griddap strides) every n-th time step, latitude and longitude of what was read is
    /// answered and billed; the limit still bounds what is read.
    /// </summary>
    public async Task<OceanQueryOutcome> AnswerAsync(
        OceanDataset dataset, QueryPlan plan, bool elevatedGrade, string mediaType, Func<OceanQueryResult, CancellationToken, Task<byte[]>> render,
        CancellationToken cancellationToken, OutputFormat format = OutputFormat.CoverageJson, (int Time, int Latitude, int Longitude)? thin = null)
    {
        var limits = new OceanQueryLimits(options.Value.ValuesPerRequestMax);
        if (limits.Check(plan) is { } tooMany)
        {
            return new OceanQueryOutcome(QueryOutcomeStatus.TooManyValues, Problems: [tooMany], Plan: plan, ValuesMax: limits.ValuesPerRequestMax);
        }
        using var read = await engine.ExecuteAsync(dataset, plan, elevatedGrade, cancellationToken).ConfigureAwait(false);
        using var thinned = thin is { } s && s != (1, 1, 1) ? read.Thinned(s.Time, s.Latitude, s.Longitude) : null;
        var result = thinned ?? read;
        var body = await render(result, cancellationToken).ConfigureAwait(false);
        var billed = thinned is null
            ? OceanMetering.ValuesBilled(plan, elevatedGrade)
            : (long)thinned.Times.Count * (thinned.CellCount - (thinned.Withheld?.Count ?? 0)) * plan.Query.Parameters.Count;
        return new OceanQueryOutcome(QueryOutcomeStatus.Answered, body, mediaType, billed, Plan: plan, Withheld: result.Withheld, Format: format);
    }

    /// <summary>Parses then plans a query against a dataset: the shared first half of queries and exports.</summary>
    public static EdrParseResult<QueryPlan> Plan(DatasetDescriptor dataset, EdrQueryKind kind, EdrQueryParameters parameters)
    {
        var parsed = EdrQueryParser.Parse(kind, parameters, dataset);
        return parsed.IsValid ? QueryPlanner.Plan(dataset, parsed.Value) : EdrParseResult<QueryPlan>.Failure(parsed.Problems);
    }
}
