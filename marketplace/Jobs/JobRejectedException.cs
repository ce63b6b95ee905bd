namespace DataZones.Marketplace.Jobs;

/// <summary>The job cannot succeed however often it runs (bad input): it fails now, with this reason, and is not retried.</summary>
public sealed class JobRejectedException(string reason) : Exception(reason);
