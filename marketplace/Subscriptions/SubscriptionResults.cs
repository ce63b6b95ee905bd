using DataZones.Marketplace.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DataZones.Marketplace.Subscriptions;

/// <summary>Maps a <see cref="SubscriptionOutcome"/> to the HTTP answer, the same for consumers and the operator.</summary>
internal static class SubscriptionResults
{
    /// <summary>What a route answering with <see cref="For"/> can answer: the subscription, or 404/409 (400 is declared for every route with input).</summary>
    public static RouteHandlerBuilder DescribesSubscriptionOutcomes(this RouteHandlerBuilder route, int successStatus = StatusCodes.Status200OK) =>
        route.Produces<Subscription>(successStatus).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

    public static IResult For(SubscriptionOutcome outcome, Subscription? subscription, SubscriptionStatus? to = null) => outcome switch
    {
        SubscriptionOutcome.Done => Results.Ok(subscription),
        SubscriptionOutcome.NotFound => Problem.Of(ProblemTypes.NotFound, "No such subscription."),
        SubscriptionOutcome.ProductNotFound => Problem.Of(ProblemTypes.ProductNotListed, "No listed product has that id."),
        SubscriptionOutcome.PlanNotFound => Problem.Of(ProblemTypes.ValidationFailed, "The product has no plan with that id; see GET /catalog."),
        SubscriptionOutcome.AlreadySubscribed => Problem.Of(ProblemTypes.Conflict, "There is already a current subscription to this product."),
        SubscriptionOutcome.TransitionNotAllowed => Problem.Of(ProblemTypes.Conflict, $"A {subscription!.Status} subscription cannot become {to}."),
        _ => Problem.Of(ProblemTypes.Conflict, "The subscription changed meanwhile; read it again and retry."),
    };
}
