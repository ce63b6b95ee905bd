using DataZones.Marketplace.Access;
using DataZones.Marketplace.Mcp;
using DataZones.Marketplace.Problems;
using DataZones.Marketplace.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DataZones.Marketplace.Usage;

/// <summary>
/// Usage per day per product, from the daily roll-ups (today's is refreshed every ten minutes by the UsageRollup
/// job). Without dates, the current business month up to today. When the range holds a day whose roll-up is not final
/// (today, or yesterday just after midnight), <c>X-Usage-As-Of</c> says up to which instant the answer counts calls.
/// <c>/me/usage</c> shows the caller's own; the operator's routes show anyone's.
/// </summary>
public static class UsageApi
{
    public const int DaysMax = 366;

    public const string AsOfHeader = "X-Usage-As-Of";

    public sealed record RollupRequest(DateOnly? Day);

    /// <summary>A roll-up run's answer: the day and how many consumer×product rows it holds.</summary>
    public sealed record RollupView(DateOnly Day, int Rows);

    public static IEndpointRouteBuilder MapUsageApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/me/usage", (DateOnly? from, DateOnly? to, string? product, string? format, HttpContext http, UsageRollupStore store, BusinessCalendar calendar,
                TimeProvider time, CancellationToken ct) =>
                ReadAsync(http.User.ConsumerIdOf()!, new UsageRange(from, to), product, format, http, store, calendar, time, ct))
            .Produces<IReadOnlyList<UsageRollup>>(StatusCodes.Status200OK, "application/json", "text/csv")
            .RequireAuthorization(Policies.Consumer).WithTags("Consumer: me")
            .WithSummary("Your usage per day per product (?from=yyyy-MM-dd&to=yyyy-MM-dd&product=…&format=csv, or Accept: text/csv); without dates, this month so far.")
            .AsFreeTool("my_usage");

        var admin = endpoints.MapGroup("/operator/usage").RequireAuthorization(Policies.Operator).WithTags("Operator: usage");
        admin.MapGet("/consumers/{consumerId}", (string consumerId, DateOnly? from, DateOnly? to, string? product, string? format, HttpContext http, UsageRollupStore store,
                BusinessCalendar calendar, TimeProvider time, CancellationToken ct) =>
            ReadAsync(consumerId, new UsageRange(from, to), product, format, http, store, calendar, time, ct))
            .Produces<IReadOnlyList<UsageRollup>>(StatusCodes.Status200OK, "application/json", "text/csv").WithSummary("One consumer's usage per day per product; without dates, this month so far.");
        admin.MapGet("/days/{day}", async (DateOnly day, string? product, UsageRollupStore store, CancellationToken ct) =>
            TypedResults.Ok((await store.ForDayAsync(day, ct)).Where(r => product is null || r.ProductId == product)))
            .WithSummary("Every consumer's usage on one day, by product.");
        admin.MapPost("/rollups", async (RollupRequest request, UsageRollupService rollups, CancellationToken ct) =>
            // A missing day must not default to 0001-01-01: that would "roll up" a day that has no usage and report success.
            request.Day is { } day
                ? Results.Ok(new RollupView(day, (await rollups.RollUpAsync(day, ct)).Count))
                : Problem.Invalid([new FieldError("day", "required", "Give the day as yyyy-MM-dd.")]))
            .Produces<RollupView>()
            .WithSummary("Recompute one day's roll-up from the raw usage records now (idempotent).");
        return endpoints;
    }

    /// <summary>The dates a caller gave, either or both possibly absent.</summary>
    private readonly record struct UsageRange(DateOnly? From, DateOnly? To);

    private static async Task<IResult> ReadAsync(string consumerId, UsageRange range, string? product, string? format,
        HttpContext http, UsageRollupStore store, BusinessCalendar calendar, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var today = calendar.DayOf(now);
        // Without dates: this business month so far. Without one end: to today, or from the start of to's month.
        var to = range.To ?? (range.From is { } f && f > today ? f : today);
        var from = range.From ?? BusinessCalendar.MonthOf(to);
        if (to < from) return Problem.Invalid([new FieldError("to", "reversed-range", "'to' is before 'from'.")]);
        if (to.DayNumber - from.DayNumber >= DaysMax) return Problem.Invalid([new FieldError("to", "range-too-long", $"At most {DaysMax} days at once.")]);
        var rows = (await store.ForConsumerAsync(consumerId, from, to, ct))
            .Where(r => product is null || r.ProductId == product).OrderBy(r => r.Day).ThenBy(r => r.LineKey, StringComparer.Ordinal).ToList();
        if (await AsOfAsync(from, to, today, store, calendar, ct) is { } asOf)
        {
            http.Response.Headers[AsOfHeader] = asOf.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        }
        var wantsCsv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)
            || (format is null && http.Request.Headers.Accept.ToString().Contains("text/csv", StringComparison.OrdinalIgnoreCase));
        return wantsCsv ? Results.Bytes(UsageCsv.Write(rows), "text/csv; charset=utf-8") : Results.Ok(rows);
    }

    /// <summary>
    /// Up to which instant the answer counts calls, when the range holds a day that is still being rolled up (today,
    /// or yesterday before its final roll-up): the earliest instant a roll-up of those days began reading (a day not
    /// rolled up yet counts from its start). Null when every day in the range is final.
    /// </summary>
    private static async Task<DateTimeOffset?> AsOfAsync(DateOnly from, DateOnly to, DateOnly today, UsageRollupStore store, BusinessCalendar calendar, CancellationToken ct)
    {
        DateTimeOffset? asOf = null;
        var readFromByMonth = new Dictionary<DateOnly, IReadOnlyDictionary<DateOnly, DateTimeOffset>>();
        foreach (var day in new[] { today.AddDays(-1), today })
        {
            if (day < from || day > to) continue;
            var month = BusinessCalendar.MonthOf(day);
            if (!readFromByMonth.TryGetValue(month, out var monthReadFrom)) readFromByMonth[month] = monthReadFrom = await store.ReadFromAsync(month, ct);
            var readFrom = monthReadFrom.TryGetValue(day, out var at) ? at : (DateTimeOffset?)null;
            if (readFrom >= RollupFinality.FinalFrom(calendar, day)) continue;
            var counted = readFrom ?? calendar.StartOf(day);
            if (asOf is null || counted < asOf) asOf = counted;
        }
        return asOf;
    }
}
