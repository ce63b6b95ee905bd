using System.Security.Claims;
using DataZones.Marketplace.Access;
using DataZones.Marketplace.Catalog;
using DataZones.Marketplace.Problems;
using DataZones.Marketplace.Subscriptions;
using Microsoft.AspNetCore.Http;

namespace DataZones.Marketplace.Pipeline;

/// <summary>
/// The pipeline's authorisation step: the caller is a consumer with an active subscription to a listed product
/// that has this operation. An unlisted or unknown product is 404 (<c>product-not-listed</c>): a consumer cannot
/// tell an unlisted product from one that never existed. Every answer comes from memory in the steady state.
/// </summary>
public sealed class PaidCallAuthorizer(CatalogService catalog, SubscriptionDirectory subscriptions)
{
    public async Task<(PaidCallContext? Call, IResult? Denial)> AuthoriseAsync(ClaimsPrincipal user, PaidOperation operation, CancellationToken cancellationToken)
    {
        var consumerId = user.ConsumerIdOf();
        if (consumerId is null) return (null, Problem.Of(ProblemTypes.Forbidden, "Only consumer credentials may call zone APIs."));
        var product = await catalog.FindAsync(operation.ProductId, cancellationToken);
        if (product is null || !product.Listed || product.Descriptor.FindOperation(operation.OperationId) is null)
        {
            return (null, Problem.Of(ProblemTypes.ProductNotListed, $"The product '{operation.ProductId}' is not listed."));
        }
        var subscription = await subscriptions.FindCurrentAsync(consumerId, product.Id, cancellationToken);
        return subscription?.Status switch
        {
            null => (null, Problem.Of(ProblemTypes.NoSubscription, $"You have no subscription to '{product.Id}'. Request one at POST /me/subscriptions.")),
            SubscriptionStatus.Requested => (null, Problem.Of(ProblemTypes.NoSubscription, $"Your subscription to '{product.Id}' awaits the operator's approval.")),
            SubscriptionStatus.Suspended => (null, Problem.Of(ProblemTypes.SubscriptionSuspended, $"Your subscription to '{product.Id}' is suspended.")),
            _ => (new PaidCallContext(consumerId, product, subscription), null),
        };
    }
}
