using System.Text.Json;
using DataZones.Zones.Ocean.Geometry;
using DataZones.Zones.Ocean.Zarr;

namespace DataZones.Zones.Ocean.Datasets;

/// <summary>
/// An opened dataset: its descriptor and its Zarr arrays. Only a group with consolidated metadata is a dataset;
/// the writer writes <c>.zmetadata</c> last, so a group still being written (or abandoned half-way) is never opened.
/// </summary>
public sealed class OceanDataset
{
    private OceanDataset(DatasetDescriptor descriptor, ZarrGroup group)
    {
        Descriptor = descriptor;
        Group = group;
    }

    public DatasetDescriptor Descriptor { get; }

    public ZarrGroup Group { get; }

    /// <summary>The array of a parameter listed in the descriptor.</summary>
    public ZarrArray Variable(OceanParameter parameter) => Group.Arrays[parameter.Name];

    /// <summary>Opens the dataset at <paramref name="groupPath"/>, or returns null when there is none (or it is unfinished).</summary>
    public static async Task<OceanDataset?> OpenAsync(IZarrStore store, string groupPath, CancellationToken cancellationToken = default)
    {
        if (await store.GetAsync(ZarrKeys.Combine(groupPath, ZarrKeys.ConsolidatedMetadata), cancellationToken).ConfigureAwait(false) is null)
        {
            return null;
        }
        var group = await ZarrGroup.OpenAsync(store, groupPath, cancellationToken).ConfigureAwait(false);
        if (group is null)
        {
            return null;
        }
        var time = Required(group, DatasetConventions.Time);
        var offsets = await time.ReadAllAsync<long>(cancellationToken).ConfigureAwait(false);
        var timeAxis = TimeAxis.FromOffsets(offsets, time.Attributes.GetString("units") ?? throw new InvalidDataException("The time coordinate has no units."));
        var latitude = await AxisAsync(group, DatasetConventions.Latitude, cancellationToken).ConfigureAwait(false);
        var longitude = await AxisAsync(group, DatasetConventions.Longitude, cancellationToken).ConfigureAwait(false);
        var depth = group.Arrays.ContainsKey(DatasetConventions.Depth)
            ? await AxisAsync(group, DatasetConventions.Depth, cancellationToken).ConfigureAwait(false)
            : null;
        var parameters = group.Arrays.Values
            .Where(a => !DatasetConventions.IsCoordinate(a.Path.Split('/')[^1]) && a.Dimensions.Count >= 3 && a.Dimensions[0] == DatasetConventions.Time)
            .Select(ParameterOf)
            .ToArray();
        var id = group.Attributes.GetString(DatasetConventions.IdAttribute) ?? groupPath.Split('/')[^1];
        var descriptor = new DatasetDescriptor(
            id, group.Attributes.GetString(DatasetConventions.TitleAttribute) ?? id,
            group.Attributes.GetString(DatasetConventions.SummaryAttribute) ?? "",
            parameters, timeAxis, latitude, longitude, depth, RestrictedAreasOf(group.Attributes), ProvenanceOf(group.Attributes));
        return new OceanDataset(descriptor, group);
    }

    private static DatasetProvenance ProvenanceOf(ZarrAttributes attributes) => new(
        attributes.GetString(DatasetProvenance.InstitutionAttribute), attributes.GetString(DatasetProvenance.SourceAttribute),
        attributes.GetString(DatasetProvenance.LicenseAttribute), attributes.GetString(DatasetProvenance.HistoryAttribute));

    private static ZarrArray Required(ZarrGroup group, string name) =>
        group.Arrays.TryGetValue(name, out var array) ? array : throw new InvalidDataException($"The dataset has no '{name}' coordinate.");

    private static async Task<CoordinateAxis> AxisAsync(ZarrGroup group, string name, CancellationToken cancellationToken)
    {
        var array = Required(group, name);
        var values = await array.ReadAllAsync<double>(cancellationToken).ConfigureAwait(false);
        return new CoordinateAxis(name, array.Attributes.GetString("units") ?? "", values);
    }

    private static OceanParameter ParameterOf(ZarrArray array)
    {
        var name = array.Path.Split('/')[^1];
        var known = OceanParameters.All.FirstOrDefault(p => p.Name == name);
        var units = array.Attributes.GetString("units") ?? "";
        return new OceanParameter(
            name,
            array.Attributes.GetString("standard_name") ?? name,
            array.Attributes.GetString("long_name") ?? name,
            units,
            known?.UnitLabel ?? units);
    }

    private static RestrictedArea[] RestrictedAreasOf(ZarrAttributes attributes)
    {
        if (attributes.Get(DatasetConventions.RestrictedAreasAttribute) is not { ValueKind: JsonValueKind.Array } areas)
        {
            return [];
        }
        return areas.EnumerateArray().Select(area => new RestrictedArea(
            area.GetProperty("name").GetString() ?? "",
            new GeoPolygon([area.GetProperty("polygon").EnumerateArray()
                .Select(p => new GeoPoint(p[0].GetDouble(), p[1].GetDouble())).ToArray()]))).ToArray();
    }
}
