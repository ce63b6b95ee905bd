using DataZones.Marketplace.Ingestion;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using DataZones.Marketplace.Jobs;
using DataZones.Marketplace.Persistence;
using DataZones.Testing;
using DataZones.Zones.Finance.Ingestion;
using DataZones.Zones.Finance.Jobs;
using DataZones.Zones.Finance.Reference;
using DataZones.Zones.Finance.Tests.Hosting;
using Microsoft.Extensions.Options;

namespace DataZones.Zones.Finance.Tests.Jobs;

public sealed class IngestionRecoveryTests
{
    [Fact]
    public async Task Restart_JobLeftOnTheQueue_IsRunByTheNextProcess()
    {
        var prefix = TestStorage.UniqueName("t");
        var settings = new Dictionary<string, string?> { ["Persistence:TablePrefix"] = prefix };
        const string JobId = "01JRECOVERY0000000000000000";
        var blobName = $"tax-rating/{JobId}.csv";

        // What a process leaves when it accepted an upload and stopped before any instance took the job: the blob, the
        // ingestion row, and the job's record and message on the platform's queue. Written with the stores
        // themselves, without a running host.
        var persistence = Options.Create(new PersistenceOptions { TablePrefix = prefix });
        var tables = new PlatformTables(new TableServiceClient(TestStorage.ConnectionString), persistence);
        var blob = await new IngestionUploads(new BlobServiceClient(TestStorage.ConnectionString), persistence).BlobAsync(blobName, CancellationToken.None);
        await blob.UploadAsync(BinaryData.FromString(FinanceFiles.Csv("credit_code,year,rating", $"{FinanceTestData.CreditCode},2024,B")),
            overwrite: true, CancellationToken.None);
        await new IngestionJobStore(tables).SaveAsync(new IngestionJob(JobId, FinanceSource.TaxRating, IngestionFormat.Csv,
            "qingdao-tax", "test", DateTimeOffset.UnixEpoch, blobName, 60, IngestionJobState.Queued, 0, 0, 0, [], null, null, null),
            CancellationToken.None);
        var queues = new QueueServiceClient(TestStorage.ConnectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await new JobSubmitter(new JobStore(tables), new JobQueue(queues, persistence, Options.Create(new JobOptions())), new JobArrivals(), TimeProvider.System)
            .SubmitAsync(FinanceIngestionJob.JobKind, JobId, JobId, "test", CancellationToken.None);

        await using var host = await FinanceHost.StartAsync(settings);
        using var client = host.Client(host.OperatorKey);
        var job = await FinanceHost.WaitAsync(client, JobId);

        Assert.Equal("succeeded", job["state"]!.GetValue<string>());
        Assert.Equal(1, job["loaded"]!.GetValue<long>());
    }
}
