using DataZones.Marketplace.Quotas;
using DataZones.Marketplace.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Marketplace.Tests.Pipeline;

public sealed class QuotaPeriodTests
{
    [Fact]
    public async Task TryTake_CallStampedBeforeMidnightTakenAfter_CountsInTheMonthItWasStamped()
    {
        await using var host = await TestHosts.StartAsync();
        var quota = host.Services.GetRequiredService<QuotaService>();
        var stamped = new DateTimeOffset(2026, 11, 30, 23, 59, 59, 900, TimeSpan.FromHours(8));
        host.Clock.Set(stamped.AddMilliseconds(300));

        var november = await quota.TryTakeAsync("sub-1", 3, 3, stamped, CancellationToken.None);
        var novemberAgain = await quota.TryTakeAsync("sub-1", 1, 3, stamped, CancellationToken.None);
        var december = await quota.TryTakeAsync("sub-1", 1, 3, stamped.AddMilliseconds(300), CancellationToken.None);

        Assert.Equal((true, new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.FromHours(8))), (november.Granted, november.ResetsAt));
        Assert.False(novemberAgain.Granted);
        Assert.True(december.Granted);
    }
}
