namespace DataZones.Storage;

/// <summary>
/// A parsed storage connection string. Accepts <c>UseDevelopmentStorage=true</c> (Azurite's well-known account on
/// 127.0.0.1), <c>AccountName</c>/<c>AccountKey</c> with <c>DefaultEndpointsProtocol</c> and <c>EndpointSuffix</c>,
/// and explicit <c>TableEndpoint</c>/<c>BlobEndpoint</c>, which win over the derived ones.
/// </summary>
public sealed class StorageConnectionString
{
    /// <summary>Azurite's development account; public by design, documented by Microsoft.</summary>
    internal const string DevelopmentAccountName = "devstoreaccount1";

    internal const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private StorageConnectionString(string accountName, string? accountKey, Uri tableEndpoint, Uri blobEndpoint)
    {
        AccountName = accountName;
        AccountKey = accountKey;
        TableEndpoint = tableEndpoint;
        BlobEndpoint = blobEndpoint;
    }

    public string AccountName { get; }

    /// <summary>The account key (base64), or null when the string carries none.</summary>
    public string? AccountKey { get; }

    public Uri TableEndpoint { get; }

    public Uri BlobEndpoint { get; }

    /// <summary>The Shared Key credential, or null when the string carries no key.</summary>
    public StorageSharedKeyCredential? Credential =>
        AccountKey is null ? null : new StorageSharedKeyCredential(AccountName, AccountKey);

    /// <exception cref="FormatException">The string is not a usable storage connection string.</exception>
    public static StorageConnectionString Parse(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Split at the first '=' only: account keys end in '=' padding.
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0) throw new FormatException($"Connection string segment '{Redact(part)}' is not Name=Value.");
            settings[part[..equals].Trim()] = part[(equals + 1)..].Trim();
        }

        if (settings.TryGetValue("UseDevelopmentStorage", out var development)
            && development.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return new StorageConnectionString(
                DevelopmentAccountName, DevelopmentAccountKey,
                Endpoint(settings, "TableEndpoint") ?? new Uri("http://127.0.0.1:10002/devstoreaccount1"),
                Endpoint(settings, "BlobEndpoint") ?? new Uri("http://127.0.0.1:10000/devstoreaccount1"));
        }

        if (!settings.TryGetValue("AccountName", out var accountName) || accountName.Length == 0)
            throw new FormatException("Connection string has no AccountName.");
        settings.TryGetValue("AccountKey", out var accountKey);
        var protocol = settings.GetValueOrDefault("DefaultEndpointsProtocol", "https");
        var suffix = settings.GetValueOrDefault("EndpointSuffix", "core.windows.net");
        return new StorageConnectionString(
            accountName,
            string.IsNullOrEmpty(accountKey) ? null : accountKey,
            Endpoint(settings, "TableEndpoint") ?? new Uri($"{protocol}://{accountName}.table.{suffix}"),
            Endpoint(settings, "BlobEndpoint") ?? new Uri($"{protocol}://{accountName}.blob.{suffix}"));
    }

    private static Uri? Endpoint(Dictionary<string, string> settings, string name) =>
        settings.TryGetValue(name, out var value) && value.Length > 0
            ? Uri.TryCreate(value.TrimEnd('/'), UriKind.Absolute, out var uri)
                ? uri
                : throw new FormatException($"{name} '{value}' is not an absolute URI.")
            : null;

    // A malformed segment may be the key itself; never echo more than its name.
    private static string Redact(string segment) => segment.Length <= 12 ? segment : segment[..12] + "…";
}
