namespace DataZones.Testing;

/// <summary>
/// Where the tests' Azurite is. <c>scripts/test</c> starts an in-memory Azurite on free ports and passes its
/// connection string in <c>DATAZONES_TEST_STORAGE</c>; tests never fall back to a mock.
/// </summary>
public static class TestStorage
{
    public const string ConnectionStringVariable = "DATAZONES_TEST_STORAGE";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{ConnectionStringVariable} is not set. Run the tests with scripts/test, which starts Azurite for them.");

    public const string OAuthBlobVariable = "DATAZONES_TEST_OAUTH_BLOB";

    /// <summary>
    /// The blob endpoint of the second Azurite that <c>scripts/test</c> starts over HTTPS with OAuth, where storage is
    /// reached with a token instead of a key (its certificate is self-signed and made for the run).
    /// </summary>
    public static Uri OAuthBlobEndpoint =>
        Environment.GetEnvironmentVariable(OAuthBlobVariable) is { Length: > 0 } value
            ? new Uri(value)
            : throw new InvalidOperationException($"{OAuthBlobVariable} is not set. Run the tests with scripts/test, which starts Azurite for them.");

    /// <summary>The parts of <see cref="ConnectionString"/>, e.g. to put a relay in front of one service.</summary>
    public static TestStorageAccount Account => TestStorageAccount.Parse(ConnectionString);

    /// <summary>A table or container name no other test uses: letters and digits, starting with a letter.</summary>
    public static string UniqueName(string prefix) =>
        (prefix + Guid.NewGuid().ToString("N")[..12]).ToLowerInvariant();
}
