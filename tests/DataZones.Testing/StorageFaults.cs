using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;

namespace DataZones.Testing;

/// <summary>
/// Faults injected into the Azure SDK's pipeline in front of the real Azurite, for the failures a relay cannot make
/// at a chosen request: an answer lost after storage committed the request, or a request refused before it leaves.
/// Each armed fault hits the next request it matches, once. Added per call (outside the SDK's retries), so a lost
/// answer surfaces to the caller as it would after the retries gave up.
/// </summary>
public sealed class StorageFaults : HttpPipelinePolicy
{
    private readonly List<(Func<Request, bool> Matches, bool AfterSending)> armed = [];

    /// <summary>A <see cref="TableServiceClient"/> on the tests' Azurite with these faults in its pipeline.</summary>
    public TableServiceClient TableService()
    {
        var options = new TableClientOptions();
        options.AddPolicy(this, HttpPipelinePosition.PerCall);
        return new TableServiceClient(TestStorage.ConnectionString, options);
    }

    /// <summary>The next matching request reaches storage and is carried out, but its answer is lost.</summary>
    public void LoseAnswerOf(Func<Request, bool> matches) { lock (armed) armed.Add((matches, true)); }

    /// <summary>The next matching request fails before it reaches storage.</summary>
    public void Refuse(Func<Request, bool> matches) { lock (armed) armed.Add((matches, false)); }

    public static bool IsBatch(Request request) => request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal);

    public static bool IsEntityRead(Request request) => request.Method == RequestMethod.Get && request.Uri.Path.Contains("(PartitionKey=", StringComparison.Ordinal);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        FailIfArmed(message, afterSending: false);
        ProcessNext(message, pipeline);
        FailIfArmed(message, afterSending: true);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        FailIfArmed(message, afterSending: false);
        await ProcessNextAsync(message, pipeline);
        FailIfArmed(message, afterSending: true);
    }

    private void FailIfArmed(HttpMessage message, bool afterSending)
    {
        lock (armed)
        {
            var index = armed.FindIndex(f => f.AfterSending == afterSending && f.Matches(message.Request));
            if (index < 0) return;
            armed.RemoveAt(index);
        }
        throw new RequestFailedException(0, afterSending ? "Injected: the answer was lost after storage carried out the request." : "Injected: storage unreachable.");
    }
}
