using System.Globalization;

namespace DataZones.Zones.Ocean.Datasets;

/// <summary>
/// The time coordinate: strictly ascending instants, stored as CF integers ("days since 1970-01-01" for daily
/// fields, "hours since 1970-01-01" for finer ones) so that xarray decodes them to datetimes.
/// </summary>
public sealed class TimeAxis
{
    public TimeAxis(IReadOnlyList<DateTimeOffset> instants)
    {
        if (instants.Count == 0)
        {
            throw new ArgumentException("The time axis has no values.", nameof(instants));
        }
        for (var i = 1; i < instants.Count; i++)
        {
            if (instants[i] <= instants[i - 1])
            {
                throw new InvalidDataException($"The time axis is not strictly ascending at index {i}.");
            }
        }
        _instants = instants.Select(t => t.ToUniversalTime()).ToArray();
    }

    private readonly DateTimeOffset[] _instants;

    public IReadOnlyList<DateTimeOffset> Instants => _instants;

    public int Count => Instants.Count;

    public DateTimeOffset First => Instants[0];

    public DateTimeOffset Last => Instants[^1];

    /// <summary>An instant as every answer and message of the zone writes it: ISO 8601, UTC, to the second.</summary>
    public static string Format(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    /// <summary>The CF units this axis is stored with: days when every instant is a UTC midnight, else hours.</summary>
    public string Units => Instants.All(t => t.TimeOfDay == TimeSpan.Zero) ? "days since 1970-01-01" : "hours since 1970-01-01";

    /// <summary>The stored integer offsets, in <see cref="Units"/>.</summary>
    public long[] ToOffsets()
    {
        var unit = UnitOf(Units);
        return Instants.Select(t => (t - DateTimeOffset.UnixEpoch).Ticks / unit.Ticks).ToArray();
    }

    /// <summary>Decodes a CF time coordinate ("&lt;unit&gt; since &lt;reference&gt;").</summary>
    public static TimeAxis FromOffsets(IReadOnlyList<long> offsets, string units)
    {
        var parts = units.Split(" since ", 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !DateTimeOffset.TryParse(parts[1], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var reference))
        {
            throw new InvalidDataException($"'{units}' is not a CF time unit.");
        }
        var unit = UnitOf(parts[0] + " since");
        return new TimeAxis(offsets.Select(o => reference + TimeSpan.FromTicks(o * unit.Ticks)).ToArray());
    }

    /// <summary>The index of the instant nearest to <paramref name="instant"/>, or null outside [first, last].</summary>
    public int? NearestIndex(DateTimeOffset instant)
    {
        if (instant < First || instant > Last)
        {
            return null;
        }
        var found = Array.BinarySearch(_instants, instant);
        if (found >= 0)
        {
            return found;
        }
        var above = ~found;
        return instant - Instants[above - 1] <= Instants[above] - instant ? above - 1 : above;
    }

    /// <summary>The indices of instants in [<paramref name="start"/>, <paramref name="end"/>] (open ends unbounded), or null.</summary>
    public IndexRange? RangeWithin(DateTimeOffset? start, DateTimeOffset? end)
    {
        var first = -1;
        var last = -1;
        for (var i = 0; i < Count; i++)
        {
            if ((start is null || Instants[i] >= start) && (end is null || Instants[i] <= end))
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return first < 0 ? null : new IndexRange(first, last - first + 1);
    }

    private static TimeSpan UnitOf(string units) => units.Split(' ')[0].ToLowerInvariant() switch
    {
        "days" or "day" => TimeSpan.FromDays(1),
        "hours" or "hour" => TimeSpan.FromHours(1),
        "minutes" or "minute" => TimeSpan.FromMinutes(1),
        "seconds" or "second" => TimeSpan.FromSeconds(1),
        var other => throw new InvalidDataException($"'{other}' is not a CF time unit."),
    };
}
