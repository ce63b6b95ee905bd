using DataZones.Marketplace.Jobs;

namespace DataZones.Zones.Finance.Jobs;

/// <summary>
/// Job ids between the upload endpoint and the loader. The jobs table, not this queue, is the record: after a
/// restart unfinished jobs are queued again from it.
/// </summary>
public sealed class IngestionQueue(int capacity) : WorkQueue<string>(capacity);
