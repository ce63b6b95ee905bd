namespace DataZones.Marketplace.Idempotency;

/// <summary>A completed paid answer kept for replay: its status, body, and the headers that describe the charge.</summary>
public sealed record StoredResponse(int Status, string ContentType, byte[] Body, IReadOnlyDictionary<string, string> Headers);
