using DataZones.Zones.Ocean.Edr;
using DataZones.Zones.Ocean.Output;
using DataZones.Zones.Ocean.Output.NetCdf;
using DataZones.Zones.Ocean.Queries;
using DataZones.Zones.Ocean.Registry;

namespace DataZones.Zones.Ocean.Griddap;

/// <summary>
/// Answers <c>/zones/ocean/griddap/{dataset}.{csv|csvp|json|nc}?…</c>: parses the constraints, plans the same
/// hyperslab an EDR cube would read, applies the same limit, masking and metering, and renders ERDDAP's file types.
/// </summary>
public sealed class GriddapService(DatasetRegistry registry, OceanQueryService queries)
{
    /// <summary>The file types offered and their media types.</summary>
    public static readonly IReadOnlyDictionary<string, string> FileTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["csv"] = CsvWriter.MediaType + "; charset=utf-8",
        ["csvp"] = CsvWriter.MediaType + "; charset=utf-8",
        ["json"] = GriddapJsonWriter.MediaType,
        ["nc"] = NetCdfWriter.MediaType,
    };

    public const string DepthNotOffered = "griddap-depth-not-offered";

    public async Task<OceanQueryOutcome> QueryAsync(string datasetId, string fileType, string query, bool elevatedGrade, CancellationToken cancellationToken)
    {
        var dataset = await registry.OpenAsync(datasetId, cancellationToken).ConfigureAwait(false);
        if (dataset is null) return OceanQueryOutcome.Failed(QueryOutcomeStatus.CollectionNotFound);
        if (!FileTypes.TryGetValue(fileType, out var mediaType)) return OceanQueryOutcome.Failed(QueryOutcomeStatus.UnknownFormat);
        var d = dataset.Descriptor;
        if (d.Depth is not null)
        {
            return OceanQueryOutcome.Failed(QueryOutcomeStatus.Invalid,
                [new EdrProblem(DepthNotOffered, datasetId, $"'{datasetId}' has depth levels, which griddap access does not offer yet; use the EDR cube query with z.")]);
        }
        var parsed = GriddapParser.Parse(query, d);
        if (!parsed.IsValid) return OceanQueryOutcome.Failed(QueryOutcomeStatus.Invalid, parsed.Problems);
        var request = parsed.Value;
        var plan = new QueryPlan(d, new EdrQuery(EdrQueryKind.Cube, null, null, null, DateTimeSelection.All, request.Parameters, null, EdrAggregation.None),
            request.Time, request.Latitude, request.Longitude, null, null);
        return await queries.AnswerAsync(dataset, plan, elevatedGrade, mediaType, (result, ct) => Task.FromResult(fileType switch
        {
            "csv" => CsvWriter.Render(result, CsvHeader.NamesThenUnits, ct),
            "csvp" => CsvWriter.Render(result, CsvHeader.NamesWithUnits, ct),
            "json" => GriddapJsonWriter.Render(result),
            _ => NetCdfWriter.Render(result),
        }), cancellationToken, thin: request.Strides).ConfigureAwait(false);
    }
}
