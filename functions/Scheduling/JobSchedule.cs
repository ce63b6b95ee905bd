using NCrontab;

namespace DataZones.Functions.Scheduling;

/// <summary>
/// A job's NCRONTAB schedule (six fields, seconds first), read the way the Functions timer trigger reads the same
/// text in function.json: in UTC, which is what Flex Consumption's Linux hosts use.
/// </summary>
public sealed class JobSchedule
{
    private readonly CrontabSchedule schedule;

    private JobSchedule(string text, CrontabSchedule schedule)
    {
        Text = text;
        this.schedule = schedule;
    }

    public string Text { get; }

    /// <summary>Parses <paramref name="text"/>; null when it is not a six-field NCRONTAB expression.</summary>
    public static JobSchedule? TryParse(string text)
    {
        var parsed = CrontabSchedule.TryParse(text, new CrontabSchedule.ParseOptions { IncludingSeconds = true });
        return parsed is null ? null : new JobSchedule(text, parsed);
    }

    /// <summary>The first occurrence strictly after <paramref name="instant"/>.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset instant) =>
        new(DateTime.SpecifyKind(schedule.GetNextOccurrence(instant.UtcDateTime), DateTimeKind.Utc));
}
