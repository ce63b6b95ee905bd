using System.Globalization;
using System.Text.RegularExpressions;
using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Edr;

namespace DataZones.Zones.Ocean.Griddap;

/// <summary>
/// Parses ERDDAP's griddap constraint syntax — <c>var[(start):stride:(stop)][…][…],var2[…]…</c>, one bracket per
/// dimension in the order (time, latitude, longitude) — so scripts written for ERDDAP (erddapy, rerddap, curl
/// recipes) work unchanged. A bound is an index (<c>0</c>, <c>last</c>, <c>last-3</c>) or a value in parentheses
/// (<c>(2025-01-01T00:00:00Z)</c>, <c>(35.5)</c>, <c>(last)</c>), matched to the nearest grid value as ERDDAP does;
/// <c>[a]</c> is one index, <c>[a:b]</c> a range, <c>[a:s:b]</c> a range with a stride. A variable without brackets
/// means every index. Every variable must carry the same constraints. Only stride 1 is offered for now. Every problem
/// is reported at once, with its code and the part of the query it is about.
/// </summary>
public static partial class GriddapParser
{
    public const string MalformedConstraint = "griddap-malformed-constraint";
    public const string UnknownVariable = "unknown-parameter";
    public const string DifferentConstraints = "griddap-different-constraints";
    public const string OutOfRange = "griddap-out-of-range";
    public const string InvalidStride = "griddap-invalid-stride";

    public static EdrParseResult<GriddapRequest> Parse(string query, DatasetDescriptor dataset)
    {
        var problems = new List<EdrProblem>();
        var text = Uri.UnescapeDataString(query.TrimStart('?'));
        var parameters = new List<OceanParameter>();
        string? constraints = null;
        foreach (var part in SplitVariables(text))
        {
            var match = Variable().Match(part);
            if (!match.Success)
            {
                problems.Add(new(MalformedConstraint, part, $"'{part}' is not name[start:stride:stop]… as griddap writes it."));
                continue;
            }
            var name = match.Groups["name"].Value;
            if (dataset.FindParameter(name) is { } parameter) parameters.Add(parameter);
            else problems.Add(new(UnknownVariable, name, $"'{name}' is not a variable of '{dataset.Id}'; it has {string.Join(", ", dataset.Parameters.Select(p => p.Name))}."));
            var own = match.Groups["constraints"].Value;
            if (constraints is null) constraints = own;
            else if (own != constraints) problems.Add(new(DifferentConstraints, name, "Every variable of a griddap request must carry the same constraints."));
        }
        if (parameters.Count == 0 && problems.Count == 0)
        {
            parameters.AddRange(dataset.Parameters); // a request with no variables asks for all, as in ERDDAP
        }
        var brackets = Brackets().Matches(constraints ?? "").Select(m => m.Groups[1].Value).ToList();
        if (brackets.Count is not (0 or 3))
        {
            problems.Add(new(MalformedConstraint, constraints ?? "", $"Give one [ ] per dimension (time, latitude, longitude), or none; {brackets.Count} were given."));
        }
        (IndexRange Range, int Stride)? time = null, latitude = null, longitude = null;
        if (problems.Count == 0)
        {
            time = brackets.Count == 0 ? (new IndexRange(0, dataset.Time.Count), 1) : Range("time", brackets[0], dataset.Time.Count, v => NearestTime(dataset.Time, v), problems);
            latitude = brackets.Count == 0 ? (new IndexRange(0, dataset.Latitude.Count), 1) : Range("latitude", brackets[1], dataset.Latitude.Count, v => Nearest(dataset.Latitude, v), problems);
            longitude = brackets.Count == 0 ? (new IndexRange(0, dataset.Longitude.Count), 1) : Range("longitude", brackets[2], dataset.Longitude.Count, v => Nearest(dataset.Longitude, v), problems);
        }
        return problems.Count > 0
            ? EdrParseResult<GriddapRequest>.Failure(problems)
            : EdrParseResult<GriddapRequest>.Success(new GriddapRequest(parameters, time!.Value.Range, latitude!.Value.Range, longitude!.Value.Range,
                (time.Value.Stride, latitude.Value.Stride, longitude.Value.Stride)));
    }

    /// <summary>Splits at the commas between variables, not those inside brackets.</summary>
    private static IEnumerable<string> SplitVariables(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '[') depth++;
            else if (text[i] == ']') depth--;
            else if (text[i] == ',' && depth == 0)
            {
                if (i > start) yield return text[start..i];
                start = i + 1;
            }
        }
        if (text.Length > start) yield return text[start..];
    }

    private static (IndexRange, int)? Range(string dimension, string bracket, int count, Func<string, int?> nearest, List<EdrProblem> problems)
    {
        var parts = SplitBounds(bracket);
        if (parts.Count is < 1 or > 3)
        {
            problems.Add(new(MalformedConstraint, dimension, $"'[{bracket}]' is not [start], [start:stop] or [start:stride:stop]."));
            return null;
        }
        var start = Bound(dimension, parts[0], count, nearest, problems);
        var stop = parts.Count == 1 ? start : Bound(dimension, parts[^1], count, nearest, problems);
        var stride = 1;
        if (parts.Count == 3 && (!int.TryParse(parts[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out stride) || stride < 1 || stride > count))
        {
            problems.Add(new(InvalidStride, dimension, $"A stride is a whole number of indexes from 1 to {count}; '{parts[1]}' is not."));
            return null;
        }
        if (start is null || stop is null) return null;
        if (stop < start)
        {
            problems.Add(new(OutOfRange, dimension, $"The {dimension} range ends (index {stop}) before it starts (index {start})."));
            return null;
        }
        return (new IndexRange(start.Value, stop.Value - start.Value + 1), stride);
    }

    /// <summary>Splits a bracket at the colons outside parentheses (a time value has colons of its own).</summary>
    private static List<string> SplitBounds(string bracket)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < bracket.Length; i++)
        {
            if (bracket[i] == '(') depth++;
            else if (bracket[i] == ')') depth--;
            else if (bracket[i] == ':' && depth == 0)
            {
                parts.Add(bracket[start..i]);
                start = i + 1;
            }
        }
        parts.Add(bracket[start..]);
        return parts;
    }

    private static int? Bound(string dimension, string text, int count, Func<string, int?> nearest, List<EdrProblem> problems)
    {
        text = text.Trim();
        if (text.StartsWith('(') && text.EndsWith(')'))
        {
            var value = text[1..^1].Trim();
            var index = value.Equals("last", StringComparison.OrdinalIgnoreCase) ? count - 1 : nearest(value);
            if (index is null) problems.Add(new(OutOfRange, dimension, $"({value}) is not a {dimension} value within the dataset's range."));
            return index;
        }
        int? found = null;
        if (text.Equals("last", StringComparison.OrdinalIgnoreCase)) found = count - 1;
        else if (LastMinus().Match(text) is { Success: true } last) found = count - 1 - int.Parse(last.Groups[1].Value, CultureInfo.InvariantCulture);
        else if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index)) found = index;
        else
        {
            problems.Add(new(MalformedConstraint, dimension, $"'{text}' is not an index, 'last', 'last-n' or a (value)."));
            return null;
        }
        if (found < 0 || found >= count)
        {
            problems.Add(new(OutOfRange, dimension, $"Index {text} is outside 0..{count - 1}."));
            return null;
        }
        return found;
    }

    private static int? Nearest(CoordinateAxis axis, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? axis.NearestIndex(number) : null;

    private static int? NearestTime(TimeAxis axis, string value)
    {
        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant)) return null;
        var step = axis.Count > 1 ? axis.Instants[1] - axis.Instants[0] : TimeSpan.Zero;
        if (instant < axis.First - step / 2 || instant > axis.Last + step / 2) return null;
        var best = 0;
        for (var i = 1; i < axis.Count; i++)
        {
            if (Math.Abs((axis.Instants[i] - instant).Ticks) < Math.Abs((axis.Instants[best] - instant).Ticks)) best = i;
        }
        return best;
    }

    [GeneratedRegex(@"^(?<name>[A-Za-z_][A-Za-z0-9_]*)(?<constraints>(\[[^\[\]]*\])*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Variable();

    [GeneratedRegex(@"\[([^\[\]]*)\]", RegexOptions.CultureInvariant)]
    private static partial Regex Brackets();

    [GeneratedRegex(@"^last\s*-\s*(\d+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LastMinus();
}
