namespace DataZones.Testing.Fuzz;

/// <summary>One generated request: which operation, as whom, what kind of input, and the request itself.</summary>
public sealed record FuzzCase(FuzzOperation Operation, FuzzCredential Credential, FuzzInputKind Kind, string PathAndQuery, Func<HttpContent?> Body)
{
    public HttpRequestMessage ToRequest()
    {
        var request = new HttpRequestMessage(new HttpMethod(Operation.Method), new Uri(PathAndQuery, UriKind.Relative)) { Content = Body() };
        if (Credential.ApiKey is not null) request.Headers.Add("X-Api-Key", Credential.ApiKey);
        return request;
    }
}

/// <summary>What a case varies from a well-formed request.</summary>
public enum FuzzInputKind
{
    /// <summary>Every parameter and the body as the schema describes them, known ids where the host gave some.</summary>
    Valid,
    /// <summary>Only what is required.</summary>
    Minimal,
    /// <summary>A path parameter that is no id at all (long, odd characters, traversal).</summary>
    BadPath,
    /// <summary>Query values of the wrong type or shape, and unknown parameters.</summary>
    BadQuery,
    /// <summary>A body that is not JSON, of the wrong type, or with wrongly typed fields.</summary>
    BadBody,
    /// <summary>A body in a media type the operation does not take, or an address over the app's length limit.</summary>
    BadMediaTypeOrLength,
}
