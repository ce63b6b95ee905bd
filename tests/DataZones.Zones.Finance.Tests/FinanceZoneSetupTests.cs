using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Zones.Finance.Tests;

public sealed class FinanceZoneSetupTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("not base64!")]
    [InlineData("c2hvcnQ=")]
    public void AddFinanceZone_WithoutAUsableHashKey_FailsAtStartNamingTheSetting(string? key)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Finance:IdentifierHashKey"] = key }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddFinanceZone(configuration));

        Assert.Contains("Finance:IdentifierHashKey", error.Message, StringComparison.Ordinal);
    }
}
