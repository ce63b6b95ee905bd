namespace DataZones.Marketplace.Tests.Billing.Simulation;

/// <summary>The platform side of a simulation: applies steps and shows what it holds, as a <see cref="BillingSnapshot"/>.</summary>
public interface IBillingUnderTest : IAsyncDisposable
{
    Task ApplyAsync(SimEvent step);

    Task<BillingSnapshot> SnapshotAsync();
}
