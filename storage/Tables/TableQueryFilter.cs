using System.Globalization;

namespace DataZones.Storage.Tables;

/// <summary>
/// Formats the values of an interpolated OData filter as literals of their type, so that input can never change
/// the filter's structure: a string's quotes are doubled inside <c>'…'</c>.
/// </summary>
internal static class TableQueryFilter
{
    public static string Create(FormattableString filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var arguments = filter.GetArguments();
        var literals = new object?[arguments.Length];
        for (var i = 0; i < arguments.Length; i++) literals[i] = Literal(arguments[i]);
        return string.Format(CultureInfo.InvariantCulture, filter.Format, literals);
    }

    public static string Literal(object? value) => value switch
    {
        null => "null",
        string text => Quote(text),
        char character => Quote(character.ToString()),
        bool flag => flag ? "true" : "false",
        int or short or ushort or byte or sbyte => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        long number => number.ToString(CultureInfo.InvariantCulture) + "L",
        uint number => number.ToString(CultureInfo.InvariantCulture) + "L",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        float number => ((double)number).ToString("R", CultureInfo.InvariantCulture),
        DateTimeOffset time => DateTimeLiteral(time.UtcDateTime),
        DateTime time => DateTimeLiteral(time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time.ToUniversalTime()),
        Guid guid => "guid'" + guid.ToString("D") + "'",
        byte[] bytes => "X'" + Convert.ToHexStringLower(bytes) + "'",
        BinaryData data => "X'" + Convert.ToHexStringLower(data.ToMemory().Span) + "'",
        _ => throw new ArgumentException(
            $"A {value.GetType().Name} cannot be a Table filter value; use string, bool, int, long, double, DateTimeOffset, DateTime, Guid or binary.",
            nameof(value)),
    };

    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string DateTimeLiteral(DateTime utc) =>
        "datetime'" + utc.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture) + "'";
}
