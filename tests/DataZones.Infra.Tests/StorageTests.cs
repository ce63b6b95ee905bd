namespace DataZones.Infra.Tests;

public sealed class StorageTests
{
    [Fact]
    public async Task EveryStorageAccount_AllowsNoSharedKey_NoPublicBlobs_Tls12()
    {
        var accounts = (await CompiledTemplate.Main).Resources("Microsoft.Storage/storageAccounts").ToList();

        Assert.NotEmpty(accounts);
        foreach (var (scope, account) in accounts)
        {
            var properties = account["properties"]!;
            Assert.True(properties["allowSharedKeyAccess"]?.GetValue<bool>() == false, $"{scope.Path}: allowSharedKeyAccess must be false");
            Assert.True(properties["allowBlobPublicAccess"]?.GetValue<bool>() == false, $"{scope.Path}: allowBlobPublicAccess must be false");
            Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
            Assert.True(properties["supportsHttpsTrafficOnly"]?.GetValue<bool>() == true, $"{scope.Path}: https only");
        }
    }
}
