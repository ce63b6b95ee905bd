using Azure.Identity;
using DataZones.Marketplace.Telemetry;

namespace DataZones.Marketplace.Tests.Telemetry;

public sealed class AzureMonitorAuthenticationTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void NotSet_NoCredential(string? value) => Assert.Null(AzureMonitorAuthentication.CredentialFrom(value));

    [Theory]
    [InlineData("Authorization=AAD")]
    [InlineData("ClientId=3f2c1a9e-5b7d-4e2a-9c1f-0a1b2c3d4e5f;Authorization=AAD")]
    [InlineData(" authorization = aad ; clientid = 3f2c1a9e-5b7d-4e2a-9c1f-0a1b2c3d4e5f ")]
    public void EntraId_ManagedIdentityCredential(string value) =>
        Assert.IsType<ManagedIdentityCredential>(AzureMonitorAuthentication.CredentialFrom(value));

    [Theory]
    [InlineData("ClientId=3f2c1a9e-5b7d-4e2a-9c1f-0a1b2c3d4e5f")]
    [InlineData("Authorization=Basic")]
    [InlineData("AAD")]
    public void SetButNotEntraId_RefusedAtStart(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => AzureMonitorAuthentication.CredentialFrom(value));
        Assert.Contains(AzureMonitorAuthentication.Variable, error.Message, StringComparison.Ordinal);
    }
}
