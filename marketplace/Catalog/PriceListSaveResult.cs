namespace DataZones.Marketplace.Catalog;

/// <summary>What saving a price change came to: the new version, or why it was not saved.</summary>
/// <param name="Saved">The version saved, or null.</param>
/// <param name="TooSoon">The month asked for starts before <paramref name="EarliestMonth"/> allows.</param>
/// <param name="Conflict">Another version was saved at the same moment; read and retry.</param>
/// <param name="EarliestMonth">The first month a change saved now may take effect from.</param>
public sealed record PriceListSaveResult(PriceList? Saved, bool TooSoon, bool Conflict, DateOnly EarliestMonth);
