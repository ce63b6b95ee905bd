namespace DataZones.Marketplace.Settlement;

/// <summary>How saving a policy version ended: the stored version, or every rule it breaks, or why neither.</summary>
/// <param name="Saved">The stored version (with its assigned version number), when saved.</param>
/// <param name="Violations">Every rule broken; empty when saved.</param>
/// <param name="ProductMissing">The product is not in the catalog.</param>
/// <param name="Conflict">Another version was saved at the same moment; read the versions and retry.</param>
public sealed record PolicySaveResult(AllocationPolicy? Saved, IReadOnlyList<PolicyViolation> Violations, bool ProductMissing = false, bool Conflict = false);
