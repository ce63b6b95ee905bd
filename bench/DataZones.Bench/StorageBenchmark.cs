using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;

namespace DataZones.Bench;

/// <summary>
/// The Azure SDK's Table client against the raw protocol. Baseline: GETs of one tiny entity with a plain HttpClient
/// and a Shared Key header signed once up front (valid for 15 minutes), i.e. what Azurite costs per request with no
/// client at all. Then, through the SDK's <see cref="TableClient"/>: single inserts, entities in 100-entity
/// transactions, and point reads. Every phase keeps a fixed number of requests in flight for a fixed time; each figure is printed as a
/// ratio to the baseline's requests/s. Options: --seconds N (per phase, default 8), --concurrency N (default 32).
/// </summary>
public sealed class StorageBenchmark : IBenchmark
{
    private const int TransactionSize = 100;
    private const int TransactionConcurrency = 8;
    private const int ReadSetSize = 1000;

    public string Name => "storage";

    public string Description => "Azure SDK Table client: inserts, 100-entity transactions and point reads vs raw HTTP GETs";

    public async Task RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var duration = TimeSpan.FromSeconds(context.IntArgument("seconds", 8));
        var concurrency = context.IntArgument("concurrency", 32);
        var report = context.Report;
        var connection = new DbConnectionStringBuilder { ConnectionString = context.StorageConnectionString };
        var service = new TableServiceClient(context.StorageConnectionString);
        var stamp = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);

        var reads = await CreateTableAsync(service, "benchreads" + stamp, cancellationToken);
        for (var offset = 0; offset < ReadSetSize; offset += TransactionSize)
        {
            var batch = Enumerable.Range(offset, TransactionSize).Select(i => new TableTransactionAction(TableTransactionActionType.Add, UsageEntity("reads", i)));
            await reads.SubmitTransactionAsync(batch, cancellationToken);
        }

        report.WriteLine($"storage benchmark: {duration.TotalSeconds:0} s per phase, {concurrency} requests in flight (transactions: {TransactionConcurrency})");
        var baseline = await RawGetsPerSecondAsync(connection, reads.Name, duration, concurrency, cancellationToken);
        report.WriteLine($"  baseline: raw HTTP GET of one entity (plain HttpClient)  {baseline,9:N0} requests/s  1.00x");

        var inserts = await CreateTableAsync(service, "benchinserts" + stamp, cancellationToken);
        var insertRate = await RunAsync(concurrency, duration, (worker, i) => inserts.AddEntityAsync(UsageEntity("w" + worker, i), cancellationToken), cancellationToken);
        Print(report, "single inserts (TableClient.AddEntityAsync)", insertRate, "entities/s", baseline);

        var batches = await CreateTableAsync(service, "benchbatches" + stamp, cancellationToken);
        var batchRate = await RunAsync(TransactionConcurrency, duration, (worker, i) => batches.SubmitTransactionAsync(
            Enumerable.Range(i * TransactionSize, TransactionSize).Select(row => new TableTransactionAction(TableTransactionActionType.Add, UsageEntity("w" + worker, row))),
            cancellationToken), cancellationToken);
        Print(report, "entities in 100-entity transactions", batchRate * TransactionSize, "entities/s", baseline);

        var readRate = await RunAsync(concurrency, duration, (worker, i) =>
            reads.GetEntityAsync<TableEntity>("reads", RowKey((worker * 7919 + i * 104729) % ReadSetSize), cancellationToken: cancellationToken), cancellationToken);
        Print(report, "point reads (TableClient.GetEntityAsync)", readRate, "reads/s", baseline);
    }

    private static void Print(TextWriter report, string what, double rate, string unit, double baseline) =>
        report.WriteLine($"  {what,-55} {rate,9:N0} {unit,-12} {rate / baseline:0.00}x");

    private static async Task<TableClient> CreateTableAsync(TableServiceClient service, string name, CancellationToken cancellationToken)
    {
        var table = service.GetTableClient(name);
        await table.CreateIfNotExistsAsync(cancellationToken);
        return table;
    }

    /// <summary>Keeps <paramref name="workers"/> operations in flight for <paramref name="duration"/>; returns operations/s.</summary>
    private static async Task<double> RunAsync(int workers, TimeSpan duration, Func<int, int, Task> operation, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var counts = new long[workers];
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async worker =>
        {
            for (var i = 0; clock.Elapsed < duration && !cancellationToken.IsCancellationRequested; i++)
            {
                await operation(worker, i);
                counts[worker]++;
            }
        }));
        return counts.Sum() / clock.Elapsed.TotalSeconds;
    }

    private static async Task<double> RawGetsPerSecondAsync(DbConnectionStringBuilder connection, string table, TimeSpan duration, int concurrency, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 });
        var account = (string)connection["AccountName"];
        var endpoint = (string)connection["TableEndpoint"];
        var uri = new Uri(endpoint.TrimEnd('/') + $"/{table}(PartitionKey='reads',RowKey='{RowKey(0)}')");
        var date = DateTimeOffset.UtcNow.ToString("R", CultureInfo.InvariantCulture);
        // Table Shared Key: VERB, Content-MD5, Content-Type, date, then /account + path as sent.
        var stringToSign = $"GET\n\n\n{date}\n/{account}{uri.AbsolutePath}";
        var signature = Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String((string)connection["AccountKey"]), Encoding.UTF8.GetBytes(stringToSign)));
        var authorization = $"SharedKey {account}:{signature}";

        return await RunAsync(concurrency, duration, async (_, _) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.TryAddWithoutValidation("x-ms-date", date);
            request.Headers.TryAddWithoutValidation("x-ms-version", "2019-02-02");
            request.Headers.TryAddWithoutValidation("Accept", "application/json;odata=minimalmetadata");
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
            using var response = await http.SendAsync(request, cancellationToken);
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync(cancellationToken);
        }, cancellationToken);
    }

    private static string RowKey(int i) => i.ToString("D10", CultureInfo.InvariantCulture);

    /// <summary>An entity shaped like a usage record: ids, amounts as strings, counters, a time.</summary>
    private static TableEntity UsageEntity(string partition, int i) => new(partition, RowKey(i))
    {
        ["RequestId"] = "req-" + i.ToString(CultureInfo.InvariantCulture),
        ["ConsumerId"] = "consumer-42",
        ["ProductId"] = "finance.credit-check",
        ["Units"] = 1L,
        ["AmountFen"] = "150",
        ["Latency"] = 12.5,
        ["At"] = DateTimeOffset.UnixEpoch.AddSeconds(i),
        ["Succeeded"] = true,
    };
}
