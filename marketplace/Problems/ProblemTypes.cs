namespace DataZones.Marketplace.Problems;

/// <summary>
/// The platform-wide problem types. Zones add their own (e.g. <c>invalid-credit-code</c>) next to their endpoints;
/// these cover what the host and the paid-call pipeline report. Listed in docs/problems.md.
/// </summary>
public static class ProblemTypes
{
    public static readonly ProblemType BadRequest = new("bad-request", "The request is malformed.", 400);
    public static readonly ProblemType ValidationFailed = new("validation-failed", "One or more inputs are invalid.", 400);
    public static readonly ProblemType Unauthenticated = new("unauthenticated", "A valid credential is required.", 401);
    public static readonly ProblemType Forbidden = new("forbidden", "The credential does not allow this.", 403);
    public static readonly ProblemType NoSubscription = new("no-subscription", "No active subscription to this product.", 403);
    public static readonly ProblemType SubscriptionSuspended = new("subscription-suspended", "The subscription is suspended.", 403);
    public static readonly ProblemType ConsentRequired = new("consent-required", "The data subject's consent is required.", 403);
    public static readonly ProblemType GradeNotAllowed = new("grade-not-allowed", "The subscription's grade does not allow this data.", 403);
    public static readonly ProblemType NotFound = new("not-found", "The resource does not exist.", 404);
    public static readonly ProblemType ProductNotListed = new("product-not-listed", "The product is not listed.", 404);
    public static readonly ProblemType MethodNotAllowed = new("method-not-allowed", "The method is not allowed on this resource.", 405);
    public static readonly ProblemType NotAcceptable = new("not-acceptable", "No acceptable representation.", 406);
    public static readonly ProblemType Conflict = new("conflict", "The request conflicts with the resource's state.", 409);
    public static readonly ProblemType PayloadTooLarge = new("payload-too-large", "The request is too large.", 413);
    public static readonly ProblemType UriTooLong = new("uri-too-long", "The request's address is too long.", 414);
    public static readonly ProblemType UnsupportedMediaType = new("unsupported-media-type", "The media type is not supported.", 415);
    public static readonly ProblemType IdempotencyKeyReused = new("idempotency-key-reused", "The Idempotency-Key was used with a different request.", 422);
    public static readonly ProblemType IdempotencyKeyInFlight = new("idempotency-key-in-flight", "A request with this Idempotency-Key is still being processed.", 409);
    public static readonly ProblemType RateLimited = new("rate-limited", "Too many requests; slow down.", 429);
    public static readonly ProblemType QuotaExhausted = new("quota-exhausted", "The plan's quota for this period is used up.", 429);
    public static readonly ProblemType InternalError = new("internal-error", "An unexpected error occurred.", 500);
    public static readonly ProblemType StorageUnavailable = new("storage-unavailable", "Storage is unavailable; nothing was charged and no data was returned.", 503);
    public static readonly ProblemType ServiceUnavailable = new("service-unavailable", "The service is temporarily unavailable.", 503);

    /// <summary>The platform type for a bare status code (unknown routes, framework-generated errors).</summary>
    public static ProblemType ForStatus(int status) => status switch
    {
        400 => BadRequest,
        401 => Unauthenticated,
        403 => Forbidden,
        404 => NotFound,
        405 => MethodNotAllowed,
        406 => NotAcceptable,
        409 => Conflict,
        413 => PayloadTooLarge,
        414 => UriTooLong,
        415 => UnsupportedMediaType,
        429 => RateLimited,
        503 => ServiceUnavailable,
        _ => status >= 500 ? InternalError : BadRequest,
    };

    /// <summary>Every platform type, for the problem catalog endpoint and its test.</summary>
    public static IReadOnlyList<ProblemType> All { get; } =
    [
        BadRequest, ValidationFailed, Unauthenticated, Forbidden, NoSubscription, SubscriptionSuspended, ConsentRequired,
        GradeNotAllowed, NotFound, ProductNotListed, MethodNotAllowed, NotAcceptable, Conflict, PayloadTooLarge, UriTooLong,
        UnsupportedMediaType, IdempotencyKeyReused, IdempotencyKeyInFlight, RateLimited, QuotaExhausted, InternalError,
        StorageUnavailable, ServiceUnavailable,
    ];
}
