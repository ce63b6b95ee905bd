using Azure.Core;
using Azure.Core.Pipeline;
using DataZones.Storage.Tables;

namespace DataZones.Storage.Tests.Pipeline;

/// <summary>
/// A per-retry policy (it runs after authentication) that records each attempt's Authorization header and can
/// answer the next <see cref="FailuresLeft"/> attempts itself with a given status, or every attempt when no service
/// should be reached.
/// </summary>
internal sealed class AttemptRecorderPolicy(int status = 503, bool answerAll = false) : HttpPipelinePolicy
{
    public List<string?> Authorizations { get; } = [];

    public int FailuresLeft { get; set; }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        message.Request.Headers.TryGetValue("Authorization", out var authorization);
        Authorizations.Add(authorization);
        if (answerAll || FailuresLeft-- > 0)
        {
            message.Response = new TableTransactionSubResponse(answerAll ? 204 : status, "Injected", [], string.Empty);
            return;
        }

        await ProcessNextAsync(message, pipeline);
    }
}
