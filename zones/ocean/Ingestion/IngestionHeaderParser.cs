using System.Text.Json;
using System.Text.RegularExpressions;
using DataZones.Marketplace.Hosting;
using DataZones.Marketplace.Problems;
using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Registry;
using C = DataZones.Zones.Ocean.Ingestion.IngestionProblemCodes;

namespace DataZones.Zones.Ocean.Ingestion;

/// <summary>Parses and validates an upload's header, reporting every problem at once with its field and rule.</summary>
public static partial class IngestionHeaderParser
{
    /// <summary>Time steps an upload may have: bounded so that a header cannot ask for an absurd axis.</summary>
    public const int TimeStepsMax = 1_000_000;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();

    /// <param name="json">The header.</param>
    /// <param name="bytesMax">The most bytes the raw files may hold together.</param>
    /// <param name="csvValuesMax">The most values (time steps × cells × parameters) a CSV upload may describe.</param>
    public static (IngestionPlan? Plan, IReadOnlyList<FieldError> Problems) Parse(ReadOnlySpan<byte> json, long bytesMax, long csvValuesMax)
    {
        IngestionHeader? header;
        try
        {
            header = JsonSerializer.Deserialize<IngestionHeader>(json, PlatformJson.Options);
        }
        catch (JsonException e)
        {
            return (null, [new("header", C.MalformedHeader, $"The header is not valid JSON for the documented format: {e.Message}")]);
        }
        if (header is null)
        {
            return (null, [new("header", C.MalformedHeader, "The header is empty.")]);
        }
        var problems = new List<FieldError>();
        if (!DatasetIds.IsValid(header.Id))
        {
            problems.Add(new("id", C.InvalidId, $"'id' must be {DatasetIds.Rule}."));
        }
        if (string.IsNullOrWhiteSpace(header.Title))
        {
            problems.Add(new("title", C.Required, "'title' is required."));
        }
        var times = Times(header.Times, problems);
        var latitudes = Axis("latitudes", header.Latitudes, 90, problems);
        var longitudes = Axis("longitudes", header.Longitudes, 180, problems);
        var csv = header.Csv;
        if (csv is not null && !FileNamePattern().IsMatch(csv))
        {
            problems.Add(new("csv", C.InvalidFileName, "'csv' names the multipart part with the rows: letters, digits, '.', '_', '-'."));
        }
        var parameters = Parameters(header.Parameters, csv is not null, problems);
        var areas = IngestionAreaParser.Parse(header.RestrictedAreas, problems);
        var chunking = Chunking(header.Chunking, problems);
        foreach (var (field, text) in new[] { ("institution", header.Institution), ("source", header.Source), ("license", header.License) })
        {
            if (text is { Length: > DatasetProvenance.TextLengthMax })
            {
                problems.Add(new(field, C.TooLarge, $"'{field}' may be at most {DatasetProvenance.TextLengthMax} characters."));
            }
        }
        if (problems.Count > 0)
        {
            return (null, problems);
        }
        var definition = new DatasetDefinition(header.Id!, header.Title!, header.Summary ?? "", times!, latitudes!, longitudes!, null,
            parameters.Select(p => p.Parameter).ToArray(), areas, chunking,
            Provenance: new DatasetProvenance(header.Institution, header.Source, header.License, null));
        var plan = new IngestionPlan(definition, parameters.Select(p => p.File).ToArray(), csv);
        if (csv is not null && plan.ValueCount > csvValuesMax)
        {
            return (null, [new("csv", C.TooLarge, $"The grid holds {plan.ValueCount} values; a CSV upload may describe at most {csvValuesMax}. CSV is for small sets: send raw float32 files instead.")]);
        }
        if (plan.BytesPerFile * plan.Files.Count > bytesMax)
        {
            return (null, [new("header", C.TooLarge, $"The upload would hold {plan.BytesPerFile * plan.Files.Count} bytes; at most {bytesMax} are accepted. Split it by time.")]);
        }
        return (plan, []);
    }

    private static DateTimeOffset[]? Times(IngestionTimes? times, List<FieldError> problems)
    {
        if (times?.Start is not { } start || times.StepHours is not { } step || times.Count is not { } count)
        {
            problems.Add(new("times", C.Required, "'times' needs start (ISO 8601, UTC), stepHours and count."));
            return null;
        }
        if (step <= 0 || count <= 0 || count > TimeStepsMax)
        {
            problems.Add(new("times", C.NotPositive, $"'times.stepHours' must be positive and 'times.count' between 1 and {TimeStepsMax}."));
            return null;
        }
        return Enumerable.Range(0, count).Select(i => start.ToUniversalTime().AddHours(step * i)).ToArray();
    }

    private static double[]? Axis(string name, IngestionAxis? axis, double limit, List<FieldError> problems)
    {
        if (axis?.Start is not { } start || axis.Step is not { } step || axis.Count is not { } count)
        {
            problems.Add(new(name, C.Required, $"'{name}' needs start, step and count."));
            return null;
        }
        if (step <= 0 || count <= 0)
        {
            problems.Add(new(name, C.NotPositive, $"'{name}.step' and '{name}.count' must be positive (coordinates ascend)."));
            return null;
        }
        var last = start + step * (count - 1);
        if (start < -limit || last > limit)
        {
            problems.Add(new(name, C.OutOfRange, $"'{name}' runs from {start} to {last}; it must lie within [-{limit}, {limit}]."));
            return null;
        }
        // Rounded so that 0.05 steps give 35.05, not 35.050000000000004.
        return Enumerable.Range(0, count).Select(i => Math.Round(start + step * i, 9)).ToArray();
    }

    // With a CSV part, parameters name columns and take no file: staging writes each one's raw values to "<name>.f32".
    private static List<(OceanParameter Parameter, string File)> Parameters(IReadOnlyList<IngestionParameterFile>? files, bool csv, List<FieldError> problems)
    {
        var result = new List<(OceanParameter, string)>();
        if (files is not { Count: > 0 })
        {
            problems.Add(new("parameters", C.Required, csv ? "'parameters' must list at least one parameter." : "'parameters' must list at least one parameter and its file."));
            return result;
        }
        for (var i = 0; i < files.Count; i++)
        {
            var field = $"parameters[{i}]";
            var known = OceanParameters.All.FirstOrDefault(p => p.Name == files[i].Name);
            if (known is null)
            {
                problems.Add(new(field + ".name", C.UnknownParameter,
                    $"'{files[i].Name}' is not a parameter the zone publishes; use one of {string.Join(", ", OceanParameters.All.Select(p => p.Name))}."));
            }
            if (csv)
            {
                if (files[i].File is not null)
                {
                    problems.Add(new(field + ".file", C.InvalidFileName, "With 'csv', a parameter takes no 'file': its values are the CSV column of its name."));
                }
                else if (known is not null)
                {
                    result.Add((known, known.Name + ".f32"));
                }
            }
            else if (files[i].File is not { } file || !FileNamePattern().IsMatch(file))
            {
                problems.Add(new(field + ".file", C.InvalidFileName, "'file' names the multipart part with the values: letters, digits, '.', '_', '-'."));
            }
            else if (known is not null)
            {
                result.Add((known, file));
            }
        }
        if (files.Select(f => f.Name).Distinct().Count() != files.Count || (!csv && files.Select(f => f.File).Distinct().Count() != files.Count))
        {
            problems.Add(new("parameters", C.Duplicate, "Each parameter, and each file, may appear once."));
        }
        return result;
    }

    private static DatasetChunking Chunking(IngestionChunking? chunking, List<FieldError> problems)
    {
        var d = DatasetChunking.Default;
        var result = new DatasetChunking(chunking?.TimeSteps ?? d.TimeSteps, chunking?.Latitudes ?? d.Latitudes, chunking?.Longitudes ?? d.Longitudes);
        if (result.TimeSteps <= 0 || result.Latitudes <= 0 || result.Longitudes <= 0)
        {
            problems.Add(new("chunking", C.NotPositive, "Chunk sizes must be positive."));
        }
        return result;
    }
}
