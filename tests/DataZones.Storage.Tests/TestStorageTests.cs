using DataZones.Testing;

namespace DataZones.Storage.Tests;

public class TestStorageTests
{
    [Fact]
    public void ConnectionString_SetByScriptsTest_PointsAtLoopbackAzurite()
    {
        Assert.Contains("127.0.0.1", TestStorage.ConnectionString, StringComparison.Ordinal);
    }
}
