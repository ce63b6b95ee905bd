using Azure;

namespace DataZones.Storage.Pipeline;

/// <summary>The answer of an <c>…IfExists</c> call that found nothing: the raw response, and no value.</summary>
internal sealed class NoValueResponse<T>(Response response) : NullableResponse<T>
{
    public override bool HasValue => false;

    public override T Value => throw new InvalidOperationException(
        $"The resource does not exist (status {response.Status}); check HasValue first.");

    public override Response GetRawResponse() => response;
}
