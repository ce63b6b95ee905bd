using DataZones.Marketplace.Catalog;
using DataZones.Marketplace.Subscriptions;
using Microsoft.AspNetCore.Http;

namespace DataZones.Marketplace.Pipeline;

/// <summary>
/// What the pipeline established before the zone handler runs, for handlers that need it (e.g. whether the
/// subscription carries the elevated grade that unmasks restricted areas). Read with <see cref="Of"/>.
/// </summary>
public sealed record PaidCallContext(string ConsumerId, CatalogProduct Product, Subscription Subscription)
{
    public static PaidCallContext? Of(HttpContext context) => context.Features.Get<PaidCallContext>();
}
