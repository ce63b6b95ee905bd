namespace DataZones.Marketplace.Settlement;

/// <summary>The role a party plays in a product's income.</summary>
public enum PartyKind
{
    /// <summary>A data holder (数据持有者); its share is remitted to the treasury.</summary>
    Holder,

    /// <summary>The authorised platform operator (授权运营机构).</summary>
    Operator,

    /// <summary>A data merchant (数商) that built the product.</summary>
    Merchant,
}
