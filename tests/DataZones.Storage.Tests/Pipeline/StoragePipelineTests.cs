using Azure;
using Azure.Core;
using DataZones.Storage.Tables;
using DataZones.Testing;

namespace DataZones.Storage.Tests.Pipeline;

public class StoragePipelineTests
{
    [Fact]
    public async Task SendAsync_TransientFailure_RetriesWithFreshSignature()
    {
        var recorder = new AttemptRecorderPolicy(status: 503);
        var table = await CreateTableAsync(recorder);
        recorder.FailuresLeft = 2;

        await table.AddEntityAsync(new TableEntity("p", "r"));

        Assert.Equal(3, recorder.Authorizations.Count);
        Assert.All(recorder.Authorizations, a => Assert.StartsWith("SharedKey devstoreaccount1:", a, StringComparison.Ordinal));
        Assert.True((await table.GetEntityIfExistsAsync("p", "r")).HasValue);
    }

    [Theory]
    [InlineData(409)]
    [InlineData(412)]
    public async Task SendAsync_ConflictOrPreconditionFailed_IsNotRetried(int status)
    {
        var recorder = new AttemptRecorderPolicy(status: status);
        var table = await CreateTableAsync(recorder);
        recorder.FailuresLeft = 1;

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.UpsertEntityAsync(new TableEntity("p", "r")));

        Assert.Equal(status, error.Status);
        Assert.Single(recorder.Authorizations);
    }

    [Fact]
    public async Task TokenCredential_Request_CarriesBearerTokenForStorageScope()
    {
        var credential = new RecordingCredential();
        var recorder = new AttemptRecorderPolicy(answerAll: true);
        var options = new TableClientOptions();
        options.AddPolicy(recorder, HttpPipelinePosition.PerRetry);
        var table = new TableServiceClient(new Uri("https://acct.table.core.windows.net"), credential, options).GetTableClient("t");

        await table.DeleteEntityAsync("p", "r");

        Assert.Equal("Bearer token-1", Assert.Single(recorder.Authorizations));
        Assert.Equal(["https://storage.azure.com/.default"], credential.Scopes);
    }

    private static async Task<TableClient> CreateTableAsync(AttemptRecorderPolicy recorder)
    {
        var options = new TableClientOptions();
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        options.AddPolicy(recorder, HttpPipelinePosition.PerRetry);
        var table = new TableServiceClient(TestStorage.ConnectionString, options).GetTableClient(TestStorage.UniqueName("t"));
        await table.CreateIfNotExistsAsync();
        recorder.Authorizations.Clear();
        return table;
    }

    private sealed class RecordingCredential : TokenCredential
    {
        public List<string> Scopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Scopes.AddRange(requestContext.Scopes);
            return new AccessToken("token-1", DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
