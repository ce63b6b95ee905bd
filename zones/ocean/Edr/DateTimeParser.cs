using System.Globalization;
using System.Text.RegularExpressions;

namespace DataZones.Zones.Ocean.Edr;

/// <summary>
/// Parses EDR's <c>datetime</c>: an RFC 3339 instant (<c>2025-03-01T00:00:00Z</c>; no offset means UTC), a date
/// (<c>2025-03-01</c>, the whole UTC day), or an interval <c>a/b</c> whose ends may be open (<c>..</c>).
/// </summary>
public static partial class DateTimeParser
{
    private const string Parameter = "datetime";

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?([Zz]|[+-]\d{2}:\d{2})?$")]
    private static partial Regex InstantPattern();

    public static EdrParseResult<DateTimeSelection> Parse(string text)
    {
        var parts = text.Trim().Split('/');
        if (parts.Length == 1)
        {
            return TryParseEnd(parts[0], out var start, out var end) && start is not null
                ? EdrParseResult<DateTimeSelection>.Success(start == end ? new(start, end, IsInstant: true) : new(start, end, IsInstant: false))
                : Malformed(text);
        }
        if (parts.Length != 2 || !TryParseEnd(parts[0], out var from, out _) || !TryParseEnd(parts[1], out _, out var to))
        {
            return Malformed(text);
        }
        if (from is not null && to is not null && from > to)
        {
            return EdrParseResult<DateTimeSelection>.Failure(new EdrProblem(
                EdrProblemCodes.ReversedInterval, Parameter, $"The interval '{text}' ends before it starts."));
        }
        return EdrParseResult<DateTimeSelection>.Success(new(from, to, IsInstant: false));
    }

    /// <summary>
    /// Parses one end of an interval: ".." or "" is open (null); a date spans its whole day, so it contributes its
    /// midnight as a start and its last tick as an end; an instant is both.
    /// </summary>
    private static bool TryParseEnd(string text, out DateTimeOffset? start, out DateTimeOffset? end)
    {
        start = end = null;
        if (text is ".." or "")
        {
            return true;
        }
        if (DatePattern().IsMatch(text)
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            start = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            end = start.Value.AddDays(1).AddTicks(-1);
            return true;
        }
        if (InstantPattern().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
        {
            start = end = instant;
            return true;
        }
        return false;
    }

    private static EdrParseResult<DateTimeSelection> Malformed(string text) =>
        EdrParseResult<DateTimeSelection>.Failure(new EdrProblem(
            EdrProblemCodes.MalformedDatetime, Parameter,
            $"'{text}' is not an instant (2025-03-01T00:00:00Z), a date (2025-03-01) or an interval (a/b, ../b, a/..)."));
}
