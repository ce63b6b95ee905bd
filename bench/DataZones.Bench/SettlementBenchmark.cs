using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using DataZones.Marketplace.Billing;
using DataZones.Marketplace.Catalog;
using DataZones.Marketplace.Consumers;
using DataZones.Marketplace.Hosting;
using DataZones.Marketplace.Ledger;
using DataZones.Marketplace.Metering;
using DataZones.Marketplace.Persistence;
using DataZones.Marketplace.Pricing;
using DataZones.Marketplace.Settlement;
using DataZones.Marketplace.Usage;

namespace DataZones.Bench;

/// <summary>
/// Billing at volume. Raw usage is written straight into the day tables the meter writes (chains registered, a
/// partition per chain), at two call volumes 10× apart over the same consumers × products × days. Reported: roll-up
/// throughput next to a plain scan of the same partitions (target ≥ 0.8), the month close at both volumes (it reads
/// roll-ups, so the target is a ratio ≤ 1.2), and settling 100,000 invoice lines (allocation alone, then with the
/// storage writes).
/// </summary>
public sealed class SettlementBenchmark : IBenchmark
{
    private const int Days = 10;
    private const int Consumers = 200;
    private const int ChainsPerDay = 16;
    private const int WritesInParallel = 8;
    private static readonly DateOnly Month = new(2026, 10, 1);
    private const int CloseRepetitions = 3;
    private static readonly string[] Products = ["bench.alpha", "bench.beta", "bench.gamma", "bench.delta"];
    private static readonly string[] ConsumerIds = [.. Enumerable.Range(0, Consumers).Select(i => $"BENCH{i:D5}")];

    public string Name => "settlement";

    public string Description => "roll-up vs plain scan, month close at two volumes 10x apart, settlement of 100,000 lines";

    public async Task RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var report = context.Report;
        // Whole chains, so that the larger volume is exactly 10× the smaller.
        var small = context.IntArgument("records", 32_000) / (Days * ChainsPerDay) * Days * ChainsPerDay;
        var lines = context.IntArgument("lines", 100_000);
        report.WriteLine($"settlement benchmark: {Consumers} consumers × {Products.Length} products × {Days} days, {ChainsPerDay} chains a day; volumes {small:N0} and {small * 10:N0} records");

        var volumes = new List<(int Records, string Prefix, double RollupPerSecond, double ScanPerSecond)>();
        foreach (var records in new[] { small, small * 10 })
        {
            var prefix = "benchv" + records.ToString(CultureInfo.InvariantCulture);
            await using var services = Services(context.StorageConnectionString, prefix);
            var (generated, rollup, scan) = await MeasureRollupAsync(services, records, report, cancellationToken);
            volumes.Add((generated, prefix, rollup, scan));
        }
        var closes = volumes.Select(_ => new List<double>()).ToList();
        for (var repetition = 0; repetition < CloseRepetitions; repetition++)
        {
            for (var v = 0; v < volumes.Count; v++)
            {
                closes[v].Add(await MeasureCloseAsync(context.StorageConnectionString, volumes[v].Prefix, volumes[v].Records, report, cancellationToken));
            }
        }
        report.WriteLine();
        if (small * 10 < 1_000_000)
        {
            report.WriteLine($"volumes scaled down from 100,000 / 1,000,000 to {volumes[0].Records:N0} / {volumes[1].Records:N0} (10× kept): writing a million records into Azurite on this shared 2-core machine takes longer than the whole run may (pass --records 100000 for the full size)");
        }
        for (var v = 0; v < volumes.Count; v++)
        {
            var (records, _, rollup, scan) = volumes[v];
            report.WriteLine($"{records,10:N0} records: roll-up {rollup,9:N0} records/s, plain scan {scan,9:N0} records/s, ratio {rollup / scan:0.00} (target ≥ 0.8); close median {Median(closes[v]):0.00} s of [{string.Join(", ", closes[v].Select(c => c.ToString("0.00", CultureInfo.InvariantCulture)))}]");
        }
        report.WriteLine($"close time ratio {Median(closes[1]) / Median(closes[0]):0.00} at 10× the calls (target ≤ 1.2)");

        await using (var services = Services(context.StorageConnectionString, "benchsettle"))
        {
            await MeasureSettlementAsync(services, lines, report, cancellationToken);
        }
    }

    private static async Task<(int Records, double RollupPerSecond, double ScanPerSecond)> MeasureRollupAsync(ServiceProvider services, int records, TextWriter report,
        CancellationToken cancellationToken)
    {
        await RegisterConsumersAsync(services, cancellationToken);
        var watch = Stopwatch.StartNew();
        var dayTables = await GenerateAsync(services, records, cancellationToken);
        report.WriteLine($"[{records:N0}] generated in {watch.Elapsed.TotalSeconds:0.0} s ({records / watch.Elapsed.TotalSeconds:N0} records/s)");

        // Day by day, alternating which goes first, so that drift in this shared machine's load hits both alike.
        var rollups = services.GetRequiredService<UsageRollupService>();
        var (scan, rollup) = (TimeSpan.Zero, TimeSpan.Zero);
        long scanned = 0, rolledUp = 0;
        for (var d = 0; d < Days; d++)
        {
            for (var turn = 0; turn < 2; turn++)
            {
                watch.Restart();
                if ((d + turn) % 2 == 0)
                {
                    scanned += await ScanAsync(services, dayTables[d], cancellationToken);
                    scan += watch.Elapsed;
                }
                else
                {
                    rolledUp += (await rollups.RollUpAsync(Month.AddDays(d), cancellationToken)).Sum(r => r.Calls);
                    rollup += watch.Elapsed;
                }
            }
        }
        if (scanned != records || rolledUp != records) throw new InvalidOperationException($"Read {scanned} and rolled up {rolledUp} of {records} records.");
        report.WriteLine($"[{records:N0}] plain scan {scan.TotalSeconds:0.0} s, roll-up {rollup.TotalSeconds:0.0} s");
        return (records, records / rollup.TotalSeconds, records / scan.TotalSeconds);
    }

    /// <summary>
    /// One close of the month from scratch: the invoices table is dropped first (a close is idempotent, so a second
    /// close would only find the first one's invoices), and a close of an empty month warms the process up.
    /// </summary>
    private static async Task<double> MeasureCloseAsync(string connectionString, string prefix, int records, TextWriter report, CancellationToken cancellationToken)
    {
        await new TableServiceClient(connectionString).DeleteTableAsync(prefix + "invoices", cancellationToken);
        await using var services = Services(connectionString, prefix);
        var close = services.GetRequiredService<BillingCloseService>();
        await close.CloseAsync(Month.AddMonths(-1), cancellationToken);
        var watch = Stopwatch.StartNew();
        var closed = (await close.CloseAsync(Month, cancellationToken)).Closed!;
        var seconds = watch.Elapsed.TotalSeconds;
        report.WriteLine($"[{records:N0}] close: {closed.InvoicesCreated} invoices, {closed.LinesCreated} lines, ¥{closed.TotalCreated:N2} in {seconds:0.00} s");
        return seconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static async Task RegisterConsumersAsync(ServiceProvider services, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<ConsumerStore>();
        foreach (var id in ConsumerIds)
        {
            await store.AddAsync(new Consumer(id, "Bench " + id, ConsumerKind.Bank, "91370200MA3C8XQL0X", DateTimeOffset.UnixEpoch), cancellationToken);
        }
    }

    /// <summary>Writes <paramref name="records"/> records as the meter does: per day a table, per chain a partition of 100-record transactions.</summary>
    private static async Task<IReadOnlyList<string>> GenerateAsync(ServiceProvider services, int records, CancellationToken cancellationToken)
    {
        var tables = services.GetRequiredService<PlatformTables>();
        var chains = services.GetRequiredService<ChainRegistry>();
        var perChain = records / (Days * ChainsPerDay);
        var work = new List<(DateOnly Day, int Chain)>();
        var dayTables = new List<string>();
        foreach (var day in Enumerable.Range(0, Days).Select(Month.AddDays))
        {
            var table = "usage" + Keys.Day(day);
            dayTables.Add(table);
            await tables.GetAsync(table, cancellationToken);
            for (var c = 0; c < ChainsPerDay; c++)
            {
                await chains.RegisterAsync(Keys.Day(day), table, ChainId(c), cancellationToken);
                work.Add((day, c));
            }
        }
        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = WritesInParallel, CancellationToken = cancellationToken }, async (w, ct) =>
        {
            var table = await tables.GetAsync("usage" + Keys.Day(w.Day), ct);
            var chainId = ChainId(w.Chain);
            var previous = LedgerHash.Genesis(table.Name, chainId);
            var random = new Random(w.Day.DayNumber * 100 + w.Chain);
            for (var start = 0; start < perChain; start += 100)
            {
                var batch = new List<TableTransactionAction>(100);
                for (var sequence = start; sequence < Math.Min(start + 100, perChain); sequence++)
                {
                    var record = Record(ConsumerIds[random.Next(ConsumerIds.Length)], Products[random.Next(Products.Length)], w.Day, chainId, sequence, random);
                    var link = new ChainLink(table.Name, chainId, sequence, previous, LedgerHash.Of(record, chainId, sequence, previous));
                    batch.Add(new TableTransactionAction(TableTransactionActionType.Add, UsageEntity.From(record, link)));
                    previous = link.Hash;
                }
                await table.SubmitTransactionAsync(batch, ct);
            }
        });
        return dayTables;
    }

    private static UsageRecord Record(string consumer, string product, DateOnly day, string chainId, int sequence, Random random)
    {
        var units = random.Next(1, 4);
        var time = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(8)).AddMilliseconds(sequence);
        return new UsageRecord($"{chainId}-{day:yyyyMMdd}-{sequence}", consumer, "sub-" + consumer, product, "lookup", "payg",
            units, 0.05m, units * 0.05m, time, "request-hash", "response-hash");
    }

    private static string ChainId(int chain) => $"h{chain % 24:D2}-bench-s{chain:D2}";

    /// <summary>The baseline: read every record of a day's chains the way the roll-up does, and do nothing with them.</summary>
    private static async Task<long> ScanAsync(ServiceProvider services, string dayTable, CancellationToken cancellationToken)
    {
        var table = services.GetRequiredService<PlatformTables>().GetExisting(dayTable);
        long count = 0;
        for (var c = 0; c < ChainsPerDay; c++)
        {
            var chainId = ChainId(c);
            await foreach (var _ in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {chainId}"), maxPerPage: 1000, cancellationToken: cancellationToken)) count++;
        }
        return count;
    }

    private static async Task MeasureSettlementAsync(ServiceProvider services, int count, TextWriter report, CancellationToken cancellationToken)
    {
        var random = new Random(20261001);
        var inputs = Enumerable.Range(0, count).Select(i => new SettlementInput(
            $"INV-202610-BENCH{i / Products.Length:D6}-01", i % Products.Length + 1, $"BENCH{i / Products.Length:D6}", Products[i % Products.Length], Month,
            Fen.FromFen(random.NextInt64(1, 5_000_000)))).ToList();
        var policies = services.GetRequiredService<AllocationPolicyService>();
        var inForce = new Dictionary<string, AllocationPolicy>();
        foreach (var product in Products) inForce[product] = (await policies.InForceAsync(product, Month, cancellationToken))!.Policy;

        var watch = Stopwatch.StartNew();
        var fen = 0L;
        foreach (var input in inputs) fen += Fen.ToFen(ProgressiveAllocator.Allocate(inForce[input.ProductId], input.Revenue).Parts[^1].Amount);
        var compute = watch.Elapsed;
        report.WriteLine($"settlement: allocation alone {count:N0} lines in {compute.TotalSeconds:0.00} s ({count / compute.TotalSeconds:N0} lines/s; operator ¥{Fen.FromFen(fen):N2})");

        watch.Restart();
        var (settled, _) = await services.GetRequiredService<SettlementWriter>().SettleAsync(Month, inputs, cancellationToken);
        var total = watch.Elapsed;
        report.WriteLine($"settlement: allocation + storage {settled:N0} lines in {total.TotalSeconds:0.0} s ({settled / total.TotalSeconds:N0} lines/s, {SettlementShards.Count} shards per statement)");
    }

    private static ServiceProvider Services(string connectionString, string prefix)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connectionString,
            ["Persistence:TablePrefix"] = prefix,
            ["Receipts:AllowGeneratedKey"] = "true",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddMarketplace(configuration);
        foreach (var product in Products)
        {
            services.AddProduct(new ProductDescriptor(product, product, "bench", "Benchmark product.", [product + "-holder"], Classification.General,
                [new OperationDescriptor("lookup", "Look up", MeterKind.PerCall)], [PayPerUsePlan.Flat("payg", 0.05m)]));
        }
        return services.BuildServiceProvider();
    }
}
