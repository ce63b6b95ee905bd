namespace DataZones.Marketplace.Problems;

/// <summary>
/// One kind of error the API reports, with a stable <see cref="Uri"/> that clients may branch on (RFC 9457
/// <c>type</c>). The code never changes once published; the title is for people.
/// </summary>
public sealed record ProblemType(string Code, string Title, int Status)
{
    /// <summary>Problem type URIs are relative references under <c>/problems/</c>, resolved against the API's host.</summary>
    public const string UriPrefix = "/problems/";

    public string Uri => UriPrefix + Code;
}
