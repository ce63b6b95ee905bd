using DataZones.Testing;
using DataZones.Zones.Ocean.Ingestion;
using DataZones.Zones.Ocean.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Zones.Ocean.Tests.Ingestion;

public sealed class InterruptedIngestionTests
{
    private static Task<MarketplaceTestHost> StartAsync(string prefix, int staleMinutes) => MarketplaceTestHost.StartAsync(
        (services, config) => services.AddOceanZone(config), endpoints => endpoints.MapOceanZone(),
        new Dictionary<string, string?>
        {
            ["Persistence:TablePrefix"] = prefix,
            ["Ocean:IngestionStaleMinutes"] = staleMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    private static async Task<IngestionJob> WaitForAsync(IngestionJobStore jobs, string id, Func<IngestionJob, bool> done)
    {
        for (var i = 0; i < 100; i++)
        {
            var job = (await jobs.FindAsync(id, CancellationToken.None))!;
            if (done(job)) return job;
            await Task.Delay(100);
        }
        return (await jobs.FindAsync(id, CancellationToken.None))!;
    }

    [Fact]
    public async Task Restart_StaleRunningIngestion_IsClosedCleanedAndItsIdReleased_ButALiveOneIsLeftAlone()
    {
        var prefix = TestStorage.UniqueName("t");
        IngestionJob stale, live;
        // The first process takes nothing for stale, so its own start-up recovery cannot race the state laid down here.
        await using (var before = await StartAsync(prefix, staleMinutes: 1_000_000))
        {
            // What a process that died mid-conversion leaves: a running job, its claim, staged files, a partial group.
            var jobs = before.Services.GetRequiredService<IngestionJobStore>();
            var now = before.Clock.GetUtcNow();
            stale = new IngestionJob("job-stale", "half-done", IngestionJobStatus.Running, 3, 10, "3/10 time steps written.", null, now.AddHours(-2), now.AddHours(-1));
            live = new IngestionJob("job-live", "in-progress", IngestionJobStatus.Running, 5, 10, "5/10 time steps written.", null, now.AddMinutes(-3), now.AddMinutes(-1));
            foreach (var job in new[] { stale, live })
            {
                await jobs.SaveAsync(job, CancellationToken.None);
                Assert.True(await jobs.TryClaimAsync(job.DatasetId, job.Id, CancellationToken.None));
            }
            var store = new BlobZarrStore(await before.Services.GetRequiredService<OceanContainers>().DataAsync());
            await store.SetAsync(OceanStores.UploadsPrefix + stale.Id + "/sea_surface_temperature", new byte[] { 1, 2, 3, 4 });
            await store.SetAsync(OceanStores.GroupPath(stale.DatasetId) + "/sea_surface_temperature/0.0.0", new byte[] { 5, 6, 7, 8 });
        }

        await using var after = await StartAsync(prefix, staleMinutes: 30);
        var store2 = new BlobZarrStore(await after.Services.GetRequiredService<OceanContainers>().DataAsync());
        var jobs2 = after.Services.GetRequiredService<IngestionJobStore>();

        var closed = await WaitForAsync(jobs2, stale.Id, j => j.Status == IngestionJobStatus.Failed);

        Assert.Equal(IngestionJobStatus.Failed, closed.Status);
        Assert.Equal(InterruptedIngestionRecovery.Reason, closed.Reason);
        Assert.Empty(await store2.ListAsync(OceanStores.UploadsPrefix + stale.Id + "/").ToListAsync());
        Assert.Empty(await store2.ListAsync(OceanStores.GroupPath(stale.DatasetId) + "/").ToListAsync());
        Assert.True(await jobs2.TryClaimAsync(stale.DatasetId, "job-retry", CancellationToken.None));
        Assert.Equal(IngestionJobStatus.Running, (await jobs2.FindAsync(live.Id, CancellationToken.None))!.Status);
        Assert.False(await jobs2.TryClaimAsync(live.DatasetId, "job-other", CancellationToken.None));
    }
}
