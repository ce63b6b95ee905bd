namespace DataZones.Marketplace.Tests.Billing.Simulation;

/// <summary>A generated sequence: its seed (to replay it), its consumers and its steps in time order.</summary>
public sealed record SimSequence(int Seed, int Consumers, IReadOnlyList<SimEvent> Events);
