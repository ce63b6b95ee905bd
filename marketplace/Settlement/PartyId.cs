namespace DataZones.Marketplace.Settlement;

/// <summary>A party that receives part of a transaction's revenue: its role and its identifier within that role.</summary>
/// <param name="Kind">Holder, operator or merchant.</param>
/// <param name="Id">The party's identifier, e.g. "qingdao-tax-bureau".</param>
public sealed record PartyId(PartyKind Kind, string Id)
{
    public static PartyId Holder(string id) => new(PartyKind.Holder, id);

    public static PartyId Operator(string id) => new(PartyKind.Operator, id);

    public static PartyId Merchant(string id) => new(PartyKind.Merchant, id);

    /// <summary>"holder:qingdao-tax-bureau" — stable, for keys and statements.</summary>
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()}:{Id}";
}
