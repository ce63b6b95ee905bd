using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Engine;

namespace DataZones.Zones.Ocean.Output;

/// <summary>
/// Writes a query result as one CoverageJSON <c>Coverage</c> with a <c>Grid</c> domain (axes x = longitude,
/// y = latitude, [z = depth,] t = time), CRS84 and Gregorian-calendar referencing, one <c>Parameter</c> per variable,
/// and one <c>NdArray</c> range per parameter whose values are in (t, [z,] y, x) order with null for no value. The
/// JSON is streamed: the writer flushes to the stream after each range and holds at most one range's values as text,
/// which <see cref="JsonNumberArray"/> renders on every core.
/// </summary>
public static class CoverageJsonWriter
{
    public const string MediaType = "application/prs.coverage+json";

    private static readonly JsonWriterOptions Options = new()
    {
        // The document is an API response, not HTML: keep "°C" and the like readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    public static async Task WriteAsync(OceanQueryResult result, Stream stream, CancellationToken cancellationToken = default)
    {
        await using var writer = new Utf8JsonWriter(stream, Options);
        writer.WriteStartObject();
        if (result.Withheld is not null)
        {
            writer.WriteStartObject("@context");
            writer.WriteString(WithheldPrefix, WithheldNamespace);
            writer.WriteEndObject();
        }
        writer.WriteString("type", "Coverage");
        WriteDomain(writer, result);
        writer.WriteStartObject("parameters");
        foreach (var parameter in result.Parameters)
        {
            WriteParameter(writer, parameter);
        }
        writer.WriteEndObject();
        writer.WriteStartObject("ranges");
        for (var p = 0; p < result.Parameters.Count; p++)
        {
            await WriteRangeAsync(writer, result, p, cancellationToken).ConfigureAwait(false);
        }
        writer.WriteEndObject();
        if (result.Withheld is { } withheld)
        {
            WriteWithheld(writer, withheld, result.Plan.Query.Aggregation == Edr.EdrAggregation.SpatialMean);
        }
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The prefix of the custom member that says which cells are withheld (CoverageJSON custom members are prefixed).</summary>
    public const string WithheldPrefix = "dz";

    public const string WithheldNamespace = "urn:x-datazones:coveragejson:";

    public const string WithheldMember = WithheldPrefix + ":withheld";

    /// <summary>
    /// <c>"dz:withheld": {cells, reason, areas, description}</c>: the nulls of withheld cells are not land. The cells
    /// are those of the collection's published restricted_areas outlines that the selection covers.
    /// </summary>
    private static void WriteWithheld(Utf8JsonWriter writer, Edr.WithheldCells withheld, bool spatialMean)
    {
        writer.WriteStartObject(WithheldMember);
        writer.WriteNumber("cells", withheld.Count);
        writer.WriteString("reason", Edr.WithheldCells.Reason);
        writer.WriteStartArray("areas");
        foreach (var area in withheld.Areas)
        {
            writer.WriteStringValue(area);
        }
        writer.WriteEndArray();
        writer.WriteString("description", spatialMean
            ? $"{withheld.Count} cells of the selection lie in restricted areas; each mean is over the other cells only."
            : $"{withheld.Count} cells of the selection lie in restricted areas; their values are withheld (null) without the elevated grade. They are not land.");
        writer.WriteEndObject();
    }

    private static void WriteDomain(Utf8JsonWriter writer, OceanQueryResult result)
    {
        writer.WriteStartObject("domain");
        writer.WriteString("type", "Domain");
        writer.WriteString("domainType", "Grid");
        writer.WriteStartObject("axes");
        var bounds = result.SpatialBounds;
        WriteNumberAxis(writer, "x", result.Longitudes, bounds is null ? null : [bounds.MinLongitude, bounds.MaxLongitude]);
        WriteNumberAxis(writer, "y", result.Latitudes, bounds is null ? null : [bounds.MinLatitude, bounds.MaxLatitude]);
        if (result.Depth is { } depth)
        {
            WriteNumberAxis(writer, "z", [depth], null);
        }
        writer.WriteStartObject("t");
        writer.WriteStartArray("values");
        foreach (var time in result.Times)
        {
            writer.WriteStringValue(TimeAxis.Format(time));
        }
        writer.WriteEndArray();
        if (result.TimeBounds is { } span)
        {
            writer.WriteStartArray("bounds");
            writer.WriteStringValue(TimeAxis.Format(span.Start));
            writer.WriteStringValue(TimeAxis.Format(span.End));
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
        CoverageJsonReferencing.Write(writer, result.Depth is not null);
        writer.WriteEndObject();
    }

    private static void WriteNumberAxis(Utf8JsonWriter writer, string name, IReadOnlyList<double> values, double[]? bounds)
    {
        writer.WriteStartObject(name);
        writer.WriteStartArray("values");
        foreach (var value in values)
        {
            writer.WriteNumberValue(value);
        }
        writer.WriteEndArray();
        if (bounds is not null)
        {
            writer.WriteStartArray("bounds");
            writer.WriteNumberValue(bounds[0]);
            writer.WriteNumberValue(bounds[1]);
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private static void WriteParameter(Utf8JsonWriter writer, OceanParameter parameter)
    {
        writer.WriteStartObject(parameter.Name);
        writer.WriteString("type", "Parameter");
        writer.WriteStartObject("description");
        writer.WriteString("en", parameter.LongName);
        writer.WriteEndObject();
        writer.WriteStartObject("unit");
        writer.WriteStartObject("label");
        writer.WriteString("en", parameter.UnitLabel);
        writer.WriteEndObject();
        writer.WriteString("symbol", parameter.Units);
        writer.WriteEndObject();
        writer.WriteStartObject("observedProperty");
        writer.WriteString("id", "http://vocab.nerc.ac.uk/standard_name/" + parameter.StandardName + "/");
        writer.WriteStartObject("label");
        writer.WriteString("en", parameter.LongName);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static async Task WriteRangeAsync(Utf8JsonWriter writer, OceanQueryResult result, int parameter, CancellationToken cancellationToken)
    {
        var hasDepth = result.Depth is not null;
        writer.WriteStartObject(result.Parameters[parameter].Name);
        writer.WriteString("type", "NdArray");
        writer.WriteString("dataType", "float");
        writer.WriteStartArray("axisNames");
        foreach (var axis in hasDepth ? ["t", "z", "y", "x"] : new[] { "t", "y", "x" })
        {
            writer.WriteStringValue(axis);
        }
        writer.WriteEndArray();
        writer.WriteStartArray("shape");
        writer.WriteNumberValue(result.Times.Count);
        if (hasDepth)
        {
            writer.WriteNumberValue(1);
        }
        writer.WriteNumberValue(result.Latitudes.Count);
        writer.WriteNumberValue(result.Longitudes.Count);
        writer.WriteEndArray();
        writer.WritePropertyName("values");
        writer.WriteRawValue(JsonNumberArray.Render(result.ValuesMemory(parameter), cancellationToken), skipInputValidation: true);
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

}
