namespace DataZones.Zones.Finance.Api;

/// <summary>
/// A batch answer: every item in request order; <see cref="Answered"/> items are the units charged,
/// <see cref="Rejected"/> items had problems and are not charged.
/// </summary>
public sealed record VerificationBatchAnswer(int Answered, int Rejected, IReadOnlyList<VerificationBatchItem> Items);
