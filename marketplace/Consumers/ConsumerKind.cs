namespace DataZones.Marketplace.Consumers;

/// <summary>What kind of organisation a consumer is.</summary>
public enum ConsumerKind
{
    Bank,
    Insurer,
    Research,
    Logistics,
    Other,
}
