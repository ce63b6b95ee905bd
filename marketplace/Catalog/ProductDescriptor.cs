using DataZones.Marketplace.Pricing;

namespace DataZones.Marketplace.Catalog;

/// <summary>
/// A product as its zone describes it to the platform. The operator may unlist it or override its plans
/// (<see cref="CatalogOverride"/>); everything else comes from the zone's code.
/// </summary>
/// <param name="Id">Stable, globally unique, <c>zone.name</c> (e.g. <c>finance.enterprise-verification</c>).</param>
/// <param name="Name">Display name.</param>
/// <param name="Zone">The zone id (<c>finance</c>, <c>medical</c>, <c>transport</c>, <c>ocean</c>).</param>
/// <param name="Description">What a consumer gets from it — answers, never the holders' records.</param>
/// <param name="HolderIds">The data holders whose data the product answers from.</param>
/// <param name="Grade">Its classification grade.</param>
/// <param name="Operations">Its operations.</param>
/// <param name="Plans">The price plans a consumer may subscribe under.</param>
/// <param name="RequiresConsent">Whether each call needs the data subject's recorded consent (medical).</param>
/// <param name="MerchantId">The data merchant that built the product, if any (it shares in the income).</param>
public sealed record ProductDescriptor(
    string Id,
    string Name,
    string Zone,
    string Description,
    IReadOnlyList<string> HolderIds,
    Classification Grade,
    IReadOnlyList<OperationDescriptor> Operations,
    IReadOnlyList<PricePlan> Plans,
    bool RequiresConsent = false,
    string? MerchantId = null)
{
    public OperationDescriptor? FindOperation(string operationId) => Operations.FirstOrDefault(o => o.Id == operationId);
}
