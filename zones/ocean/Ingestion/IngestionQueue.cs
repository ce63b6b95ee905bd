using DataZones.Marketplace.Jobs;

namespace DataZones.Zones.Ocean.Ingestion;

/// <summary>Staged uploads waiting for the <see cref="IngestionWorker"/>, in arrival order.</summary>
public sealed class IngestionQueue(int capacity) : WorkQueue<IngestionWork>(capacity);
