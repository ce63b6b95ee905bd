using DataZones.Marketplace.Access;
using DataZones.Marketplace.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DataZones.Marketplace.Usage;

/// <summary>
/// Usage per day per product, from the daily roll-ups (today's is refreshed hourly by the UsageRollup job, so it may
/// trail by up to an hour). <c>/me/usage</c> shows the caller's own; the operator's routes show anyone's.
/// </summary>
public static class UsageApi
{
    public const int DaysMax = 366;

    public sealed record RollupRequest(DateOnly? Day);

    public static IEndpointRouteBuilder MapUsageApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/me/usage", (DateOnly? from, DateOnly? to, string? product, string? format, HttpContext http, UsageRollupStore store, CancellationToken ct) =>
                ReadAsync(http.User.ConsumerIdOf()!, from, to, product, format, http, store, ct))
            .RequireAuthorization(Policies.Consumer).WithTags("Consumer: me")
            .WithSummary("Your usage per day per product (?from=yyyy-MM-dd&to=yyyy-MM-dd&product=…&format=csv, or Accept: text/csv).");

        var admin = endpoints.MapGroup("/operator/usage").RequireAuthorization(Policies.Operator).WithTags("Operator: usage");
        admin.MapGet("/consumers/{consumerId}", (string consumerId, DateOnly? from, DateOnly? to, string? product, string? format, HttpContext http, UsageRollupStore store, CancellationToken ct) =>
            ReadAsync(consumerId, from, to, product, format, http, store, ct)).WithSummary("One consumer's usage per day per product.");
        admin.MapGet("/days/{day}", async (DateOnly day, string? product, UsageRollupStore store, CancellationToken ct) =>
            TypedResults.Ok((await store.ForDayAsync(day, ct)).Where(r => product is null || r.ProductId == product)))
            .WithSummary("Every consumer's usage on one day, by product.");
        admin.MapPost("/rollups", async (RollupRequest request, UsageRollupService rollups, CancellationToken ct) =>
            // A missing day must not default to 0001-01-01: that would "roll up" a day that has no usage and report success.
            request.Day is { } day
                ? Results.Ok(new { day, rows = (await rollups.RollUpAsync(day, ct)).Count })
                : Problem.Invalid([new FieldError("day", "required", "Give the day as yyyy-MM-dd.")]))
            .WithSummary("Recompute one day's roll-up from the raw usage records now (idempotent).");
        return endpoints;
    }

    private static async Task<IResult> ReadAsync(string consumerId, DateOnly? from, DateOnly? to, string? product, string? format,
        HttpContext http, UsageRollupStore store, CancellationToken ct)
    {
        if (from is null || to is null) return Problem.Invalid([new FieldError("from/to", "required", "Give from and to as yyyy-MM-dd.")]);
        if (to < from) return Problem.Invalid([new FieldError("to", "reversed-range", "'to' is before 'from'.")]);
        if (to.Value.DayNumber - from.Value.DayNumber >= DaysMax) return Problem.Invalid([new FieldError("to", "range-too-long", $"At most {DaysMax} days at once.")]);
        var rows = (await store.ForConsumerAsync(consumerId, from.Value, to.Value, ct))
            .Where(r => product is null || r.ProductId == product).OrderBy(r => r.Day).ThenBy(r => r.LineKey, StringComparer.Ordinal).ToList();
        var wantsCsv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)
            || (format is null && http.Request.Headers.Accept.ToString().Contains("text/csv", StringComparison.OrdinalIgnoreCase));
        return wantsCsv ? Results.Bytes(UsageCsv.Write(rows), "text/csv; charset=utf-8") : Results.Ok(rows);
    }
}
