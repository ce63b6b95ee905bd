namespace DataZones.Marketplace.Hosting;

/// <summary>
/// Response headers of a zone's own that browser clients may read when cross-origin access is on (registered as a
/// singleton by the zone, e.g. the ocean zone's <c>Ocean-Withheld-Cells</c>), beside the platform's.
/// </summary>
public sealed record CorsExposedHeaders(IReadOnlyList<string> Headers);
