namespace DataZones.Marketplace.Uploads;

/// <summary>
/// Where a holder puts a file with ordinary blob tools: the link (a SAS allowing create and write on one blob), when
/// it stops working, and the headers the blob service needs on a single <c>PUT</c> (block tools such as
/// <c>az storage blob upload</c> and <c>azcopy</c> set them themselves).
/// </summary>
public sealed record WriteLink(Uri Url, DateTimeOffset ExpiresAt)
{
    /// <summary>The headers of a single-request upload: the blob service wants to be told the blob's type.</summary>
    public static IReadOnlyDictionary<string, string> PutHeaders { get; } = new Dictionary<string, string> { ["x-ms-blob-type"] = "BlockBlob" };

    /// <summary>
    /// Uploads begun before this instant and still not committed are abandoned: their link (valid
    /// <paramref name="linkMinutes"/>) lapsed an hour ago, so no holder can still be putting a file there.
    /// </summary>
    public static DateTimeOffset AbandonedBefore(DateTimeOffset now, int linkMinutes) => now - TimeSpan.FromMinutes(linkMinutes) - TimeSpan.FromHours(1);
}
