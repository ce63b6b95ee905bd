using System.Collections.Concurrent;
using DataZones.Marketplace.Jobs;

namespace DataZones.Marketplace.Tests.Jobs;

/// <summary>
/// A job whose payload says how it behaves: <c>ok</c> completes, <c>throw</c> fails every delivery, <c>reject</c>
/// is refused for good, <c>hang-first</c> stalls its first delivery for ever (as a process that died mid-way) and
/// completes on a later one. Completions are counted per job, so a test can tell "done once" from "done twice".
/// </summary>
public sealed class TestJobHandler : IJobHandler
{
    public const string JobKind = "test-job";

    public static readonly ConcurrentDictionary<string, int> Completions = new();

    public static readonly ConcurrentDictionary<string, TaskCompletionSource> Started = new();

    public string Kind => JobKind;

    public async Task RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        Started.GetOrAdd(context.Id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        await context.ProgressAsync(1, 2, "half way", cancellationToken);
        switch (context.Payload)
        {
            case "throw":
                throw new InvalidOperationException("the test job always fails");
            case "reject":
                throw new JobRejectedException("the input can never be loaded");
            case "hang-first" when context.Delivery == 1:
                // Ignores cancellation: the delivery neither finishes nor renews its claim, like a process that died.
                await new TaskCompletionSource().Task;
                break;
        }
        await context.ProgressAsync(2, 2, "done", cancellationToken);
        Completions.AddOrUpdate(context.Id, 1, (_, n) => n + 1);
    }
}
