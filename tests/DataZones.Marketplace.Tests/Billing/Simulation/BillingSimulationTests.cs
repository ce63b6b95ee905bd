using System.Diagnostics;
using System.Globalization;
using DataZones.Marketplace.Billing;
using Xunit.Abstractions;

namespace DataZones.Marketplace.Tests.Billing.Simulation;

/// <summary>
/// Model-based simulation of billing, TigerBeetle-style: seeded random sequences (<see cref="SequenceGenerator"/>) of
/// subscriptions, plan changes (cancel and subscribe again), requests approved or withdrawn before approval, price
/// changes, calls (some at 23:59:59.9 on a month's last day), roll-ups, closes, issues, voids, re-closes (revisions),
/// payments and settlements over four months, checked after every close and every settlement
/// against <see cref="ReferenceBiller"/> — written from the docs' rules, calling no production rating, allocation,
/// placement or netting code: every document, statement entry and remittance row must be equal to the fen, and every
/// call's receipt explained by its invoice line (the line's exact charge = its fee + the sum of its calls' receipt
/// amounts, each what the call added to the month, with no adjustment since one meter counted every call).
/// </summary>
/// <remarks>
/// <para>Why two runs. A sequence is 20–60 steps; on the platform each step is several Azurite round trips and each
/// check reads every document, statement and remittance (16 shards a statement), so a storage-backed sequence costs
/// three to five seconds on a shared 2-core machine — 2,000 of them would add two hours or more to <c>scripts/test</c>.
/// So the many sequences run in memory (<see cref="InMemoryBilling"/>): the production pure code that decides every
/// amount and every month — rating, credit notes, placement, allocation, netting — composed as the services compose
/// it, at under a millisecond a sequence once warm (2,000 in a few seconds, 100,000 in about 70 s). The storage runs
/// (<see cref="StorageBilling"/>) then drive the real services on Azurite — writer, roll-up, close, invoice moves with
/// their ETags and transactions, claims, frozen policies, remittance rows — for the first few of the same seeds, and
/// end by reconciling every month, which must be balanced. A difference seen only on storage is therefore in the services' storage work, not in the rules.</para>
/// <para>Settings: <c>DATAZONES_SIM_SEQUENCES</c> (in-memory sequences, 2,000 by default; 100,000 for a nightly run),
/// <c>DATAZONES_SIM_STORAGE_SEQUENCES</c> (storage-backed, 6 by default), <c>DATAZONES_SIM_SEED</c> (the first
/// sequence's seed; random and printed when unset). Sequence <c>i</c> uses seed + i, and a failure names its own
/// seed: <c>DATAZONES_SIM_SEED=&lt;seed&gt; DATAZONES_SIM_SEQUENCES=1</c> replays exactly it.</para>
/// <para>Not simulated: the HTTP paid pipeline itself (calls are priced as <c>PaidCallFilter</c> prices them — the
/// instance's <c>PeriodUnitCounter</c> and <c>PlanRating.MarginalAmount</c> — and written straight to the usage
/// writer), several meters counting one month (adjustments other than 0), allocation policy versions other than the
/// default, and concurrency (steps run one at a time; the void/payment race has its own test).</para>
/// </remarks>
public sealed class BillingSimulationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Simulation_InMemoryOverProductionRules_MatchesTheReferenceBiller()
    {
        var (seed, count) = (Seed(), Setting("DATAZONES_SIM_SEQUENCES", 2_000));
        var watch = Stopwatch.StartNew();
        var steps = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var sequence = SequenceGenerator.Generate(unchecked(seed + i));
            await using var billing = new InMemoryBilling(sequence.Consumers);
            await CheckAsync(sequence, billing);
            foreach (var step in sequence.Events) steps[step.GetType().Name] = steps.GetValueOrDefault(step.GetType().Name) + 1;
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"in memory: {count} sequences ({steps.Values.Sum()} steps) from seed {seed} in {watch.Elapsed.TotalSeconds:0.0} s"));
        output.WriteLine(string.Join(", ", steps.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key.Replace("Event", "", StringComparison.Ordinal)} {s.Value}")));
    }

    [Fact]
    public async Task Simulation_OnStorageThroughTheServices_MatchesTheReferenceBillerAndReconciles()
    {
        var (seed, count) = (Seed(), Setting("DATAZONES_SIM_STORAGE_SEQUENCES", 6));
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var sequence = SequenceGenerator.Generate(unchecked(seed + i));
            await using var billing = await StorageBilling.StartAsync(sequence.Consumers);
            await CheckAsync(sequence, billing);
            foreach (var month in sequence.Events.OfType<SettleEvent>().Select(s => s.Month))
            {
                // A month voided and not closed again has usage without a live invoice: reconciliation rightly says so, and
                // the documents were just found equal to the reference's, so that finding is the sequence's doing.
                var report = await billing.ReconcileAsync(month);
                var mismatches = report.Mismatches.Where(m => !(m.Check == "invoice-vs-rollups" && m.Actual == "no live invoice")).ToList();
                Assert.True(mismatches.Count == 0, $"{Replay(sequence)}: reconciliation of {report.Period}: "
                    + string.Join("; ", mismatches.Select(m => $"{m.Check} {m.Subject}: expected {m.Expected}, found {m.Actual}")));
            }
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"on storage: {count} sequences from seed {seed} in {watch.Elapsed.TotalSeconds:0.0} s"));
    }

    private static async Task CheckAsync(SimSequence sequence, IBillingUnderTest billing)
    {
        var reference = new ReferenceBiller(sequence.Consumers);
        for (var i = 0; i < sequence.Events.Count; i++)
        {
            var step = sequence.Events[i];
            reference.Apply(step);
            await billing.ApplyAsync(step);
            if (step is CloseEvent or SettleEvent || i == sequence.Events.Count - 1)
            {
                var diff = BillingSnapshot.Diff(reference.Snapshot(), await billing.SnapshotAsync());
                if (diff.Length > 0) Assert.Fail($"{Replay(sequence)}: after step {i} ({step}) the platform differs from the reference biller:\n{diff}");
            }
        }
    }

    private static string Replay(SimSequence sequence) =>
        $"sequence with seed {sequence.Seed} (replay: DATAZONES_SIM_SEED={sequence.Seed} DATAZONES_SIM_SEQUENCES=1)";

    /// <summary>The first seed of the nightly-sized run that passed (100,000 sequences from it).</summary>
    private const int CiSeed = 20261202;

    // Random on a developer's machine, so every run explores new sequences; fixed under CI (CI=true), where a run's
    // verdict gates a change and must not depend on a draw. DATAZONES_SIM_SEED overrides both.
    private int Seed()
    {
        var seed = Environment.GetEnvironmentVariable("DATAZONES_SIM_SEED") is { Length: > 0 } text
            ? int.Parse(text, CultureInfo.InvariantCulture)
            : string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) ? CiSeed : Random.Shared.Next();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"DATAZONES_SIM_SEED={seed}"));
        return seed;
    }

    private static int Setting(string name, int fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
