using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Sas;
using DataZones.Marketplace.Ids;
using DataZones.Marketplace.Persistence;
using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Edr;
using DataZones.Zones.Ocean.Queries;
using DataZones.Zones.Ocean.Registry;
using DataZones.Zones.Ocean.Storage;
using Microsoft.Extensions.Options;

namespace DataZones.Zones.Ocean.Exports;

/// <summary>
/// Exports a subset as a Zarr v2 group (or one NetCDF file) into the consumer's own container and returns
/// time-limited read links.
/// It runs inside the request, bounded by <see cref="OceanOptions.ExportValuesMax"/>; the subset is read and written
/// one time-chunk at a time, so memory stays at one block whatever the export's size. Restricted areas are masked
/// exactly as for queries. A failed export removes what it wrote; a finished one is published by its
/// <c>.zmetadata</c>, written last.
/// </summary>
public sealed class ExportService(
    DatasetRegistry registry, ExportWriter writer, OceanContainers containers, ExportRegistry exports, ExportLinks zarrLinks, BlobLinks links, IIdGenerator ids,
    TimeProvider time, IOptions<OceanOptions> options)
{
    /// <summary>Problem code (type <c>ocean-invalid-export</c>): the request names no collection.</summary>
    public const string MissingCollection = "missing-collection";

    /// <summary>Problem code (type <c>ocean-invalid-export</c>): neither or both of <c>bbox</c> and <c>coords</c>.</summary>
    public const string OneArea = "one-area-required";

    /// <summary>Problem code (type <c>ocean-invalid-export</c>): a format other than <c>zarr</c> or <c>netcdf</c>.</summary>
    public const string UnknownExportFormat = "unknown-export-format";

    public const string ZarrFormat = "zarr";
    public const string NetCdfFormat = "netcdf";

    /// <summary>
    /// Exports <paramref name="request"/> for <paramref name="consumerId"/>; <paramref name="linkBase"/> is where the API
    /// is reached (scheme, host and path base), for the export's Zarr link.
    /// </summary>
    public async Task<ExportOutcome> ExportAsync(string consumerId, ExportRequest request, bool elevatedGrade, Uri linkBase, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Collection))
        {
            return Invalid(new EdrProblem(MissingCollection, "collection", "'collection' is required: the id of the collection to export."));
        }
        var format = string.IsNullOrWhiteSpace(request.Format) ? ZarrFormat : request.Format.Trim().ToLowerInvariant();
        if (format is not (ZarrFormat or NetCdfFormat))
        {
            return Invalid(new EdrProblem(UnknownExportFormat, "format", "'format' is 'zarr' (the default) or 'netcdf'."));
        }
        var dataset = await registry.OpenAsync(request.Collection, cancellationToken).ConfigureAwait(false);
        if (dataset is null)
        {
            return new ExportOutcome(QueryOutcomeStatus.CollectionNotFound);
        }
        if (!string.IsNullOrWhiteSpace(request.Bbox) == !string.IsNullOrWhiteSpace(request.Coords))
        {
            return Invalid(new EdrProblem(OneArea, "bbox",
                "Give exactly one of 'bbox' (minLon,minLat,maxLon,maxLat) or 'coords' (POLYGON((lon lat, …)))."));
        }
        var kind = string.IsNullOrWhiteSpace(request.Bbox) ? EdrQueryKind.Area : EdrQueryKind.Cube;
        var planned = OceanQueryService.Plan(dataset.Descriptor, kind, new EdrQueryParameters(
            Coords: request.Coords, Bbox: request.Bbox, Datetime: request.Datetime, ParameterName: request.ParameterName));
        if (!planned.IsValid)
        {
            return new ExportOutcome(QueryOutcomeStatus.Invalid, Problems: planned.Problems);
        }
        var plan = planned.Value;
        var limits = new OceanQueryLimits(format == NetCdfFormat ? Math.Min(options.Value.ExportNetCdfValuesMax, options.Value.ExportValuesMax) : options.Value.ExportValuesMax);
        if (plan.ValuesRead > limits.ValuesPerRequestMax)
        {
            return new ExportOutcome(QueryOutcomeStatus.TooManyValues, Plan: plan, ValuesMax: limits.ValuesPerRequestMax, Problems:
            [
                new EdrProblem(EdrProblemCodes.TooManyValues, "", $"The export would read {plan.ValuesRead} values ({plan.Time.Count} time steps × " +
                    $"{plan.CellCount} cells × {plan.Query.Parameters.Count} parameters); an export may read at most {limits.ValuesPerRequestMax}. " +
                    "Split it by 'datetime' or area, or export fewer parameters."),
            ]);
        }
        var exportId = ids.NewId().ToLowerInvariant();
        var container = await containers.ExportsAsync(consumerId, cancellationToken).ConfigureAwait(false);
        BlobClient? file = null;
        if (format == NetCdfFormat)
        {
            file = container.GetBlobClient($"{exportId}/{dataset.Descriptor.Id}.nc");
            await writer.WriteNetCdfAsync(file, dataset, plan, elevatedGrade, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await writer.WriteAsync(new BlobZarrStore(container), exportId, dataset, plan, elevatedGrade, cancellationToken).ConfigureAwait(false);
        }
        return new ExportOutcome(QueryOutcomeStatus.Answered, await ReceiptAsync(container, consumerId, exportId, plan, file, linkBase, cancellationToken).ConfigureAwait(false));
    }

    private async Task<ExportReceipt> ReceiptAsync(
        BlobContainerClient container, string consumerId, string exportId, QueryPlan plan, BlobClient? netCdfFile, Uri linkBase, CancellationToken cancellationToken)
    {
        long bytes = 0;
        await foreach (var blob in container.GetBlobsAsync(new GetBlobsOptions { Prefix = exportId + "/" }, cancellationToken).ConfigureAwait(false))
        {
            bytes += blob.Properties.ContentLength ?? 0;
        }
        var expiresAt = time.GetUtcNow().AddHours(options.Value.ExportLinkHours);
        // Recorded before the link is handed out, so an export whose answer never leaves (e.g. metering failed) is
        // swept all the same.
        await exports.RecordAsync(consumerId, exportId, expiresAt, cancellationToken).ConfigureAwait(false);
        Uri? zarrLink = null, netCdfLink = null;
        if (netCdfFile is null)
        {
            var token = await zarrLinks.CreateAsync(consumerId, exportId, expiresAt, cancellationToken).ConfigureAwait(false);
            zarrLink = new Uri(linkBase, "zones/ocean/exports/links/" + token);
        }
        else
        {
            netCdfLink = await links.BlobAsync(netCdfFile, BlobSasPermissions.Read, expiresAt, cancellationToken).ConfigureAwait(false);
        }
        var link = await links.ContainerAsync(container, BlobContainerSasPermissions.Read | BlobContainerSasPermissions.List, expiresAt, cancellationToken).ConfigureAwait(false);
        var sasToken = link.Query.TrimStart('?');
        // The read link addresses the container itself (restype=container), so adding comp=list lists the group.
        var readLink = new UriBuilder(link) { Query = "restype=container&" + sasToken }.Uri;
        return new ExportReceipt(
            exportId, plan.Dataset.Id, netCdfFile is null ? ZarrFormat : NetCdfFormat, zarrLink, netCdfLink, container.Uri.AbsoluteUri, exportId, readLink, sasToken, expiresAt, bytes,
            Megabytes(bytes), plan.Time.Count, plan.Latitude.Count, plan.Longitude.Count, plan.Query.Parameters.Select(p => p.Name).ToArray());
    }

    /// <summary>Started megabytes (10^6 bytes): what the export is billed in.</summary>
    public static long Megabytes(long bytes) => (bytes + 999_999) / 1_000_000;

    private static ExportOutcome Invalid(EdrProblem problem) => new(QueryOutcomeStatus.Invalid, Problems: [problem]);
}
