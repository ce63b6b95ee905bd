namespace DataZones.Zones.Ocean.Engine;

/// <summary>How the engine uses the machine: how many chunks one read fetches and decodes at a time.</summary>
public sealed record OceanEngineOptions(int ChunkReadParallelism = 4)
{
    public static OceanEngineOptions Default { get; } = new();
}
