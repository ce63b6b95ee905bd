using System.Text.Json.Nodes;
using DataZones.Marketplace.Jobs;
using DataZones.Marketplace.Persistence;
using Microsoft.Extensions.Options;

namespace DataZones.Functions.Scheduling;

/// <summary>
/// Under the Functions host only: answers the queue trigger of the <c>Jobs</c> function, which delivers the
/// platform's job messages (<c>{"Data":{"message":…},"Metadata":{"DequeueCount":…}}</c>) instead of the local
/// poller. The same <see cref="JobRunner"/> runs them. A finished delivery answers 200, and the host deletes the
/// message; one to be retried answers 500, and the host makes it visible again after its own delay. The host keeps
/// the message invisible while the invocation runs, so the runner's renewal is a no-op here.
/// </summary>
public static class QueueInvocationEndpoints
{
    public const string FunctionName = "Jobs";

    /// <summary>The app setting function.json names the queue by (<c>%DATAZONES_JOB_QUEUE%</c>).</summary>
    public const string QueueNameSetting = "DATAZONES_JOB_QUEUE";

    public static IEndpointRouteBuilder MapQueueInvocations(this IEndpointRouteBuilder endpoints, int hostPort)
    {
        RequireQueueSetting(endpoints.ServiceProvider);
        endpoints.Map("/" + FunctionName, async (HttpContext context, JobRunner runner, CancellationToken cancellationToken) =>
        {
            if (await HostInvocationGuard.ReadHostInvocationAsync(context, FunctionName, hostPort, cancellationToken) is not { } payload) return Results.NotFound();
            var message = MessageText(payload["Data"]!["message"]);
            if (message is null) return Answer(StatusCodes.Status200OK, "no message in the invocation; nothing to do");
            var outcome = await runner.RunAsync(message, _ => Task.CompletedTask, cancellationToken);
            return outcome.Finished
                ? Answer(StatusCodes.Status200OK, "job delivery finished")
                : Answer(StatusCodes.Status500InternalServerError, "job delivery to be retried");
        }).ExcludeFromDescription().WithName(FunctionName);
        return endpoints;
    }

    // The host passes a queue message as a string, or as the JSON it holds already parsed.
    private static string? MessageText(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonObject json => json.ToJsonString(),
        _ => null,
    };

    private static IResult Answer(int status, string log) => CustomHandlerResponse.Of(FunctionName, log, status);

    /// <summary>The trigger must read the queue the app writes: refuse to start under the host otherwise.</summary>
    private static void RequireQueueSetting(IServiceProvider services)
    {
        var expected = JobQueue.NameOf(services.GetRequiredService<IOptions<PersistenceOptions>>().Value, services.GetRequiredService<IOptions<JobOptions>>().Value);
        var configured = services.GetRequiredService<IConfiguration>()[QueueNameSetting];
        if (!string.Equals(configured, expected, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"The Jobs function's trigger reads the queue named by the app setting {QueueNameSetting} ('{configured}'), but the app writes jobs to '{expected}'; set {QueueNameSetting}={expected}.");
        }
    }
}
