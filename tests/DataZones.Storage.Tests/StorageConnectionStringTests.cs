namespace DataZones.Storage.Tests;

public class StorageConnectionStringTests
{
    [Fact]
    public void Parse_UseDevelopmentStorage_PointsAtAzuriteDefaults()
    {
        var parsed = StorageConnectionString.Parse("UseDevelopmentStorage=true");

        Assert.Equal("devstoreaccount1", parsed.AccountName);
        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), parsed.TableEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1"), parsed.BlobEndpoint);
        Assert.NotNull(parsed.Credential);
    }

    [Fact]
    public void Parse_AccountWithSuffix_DerivesHostStyleEndpoints()
    {
        var parsed = StorageConnectionString.Parse("DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=a2V5;EndpointSuffix=core.chinacloudapi.cn");

        Assert.Equal(new Uri("https://acct.table.core.chinacloudapi.cn"), parsed.TableEndpoint);
        Assert.Equal(new Uri("https://acct.blob.core.chinacloudapi.cn"), parsed.BlobEndpoint);
        Assert.Equal("a2V5", parsed.AccountKey);
    }

    [Fact]
    public void Parse_ExplicitEndpoints_WinOverDerivedOnes()
    {
        var parsed = StorageConnectionString.Parse(
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;TableEndpoint=http://127.0.0.1:5/devstoreaccount1/;BlobEndpoint=http://127.0.0.1:6/devstoreaccount1;");

        Assert.Equal(new Uri("http://127.0.0.1:5/devstoreaccount1"), parsed.TableEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:6/devstoreaccount1"), parsed.BlobEndpoint);
    }

    [Theory]
    [InlineData("AccountKey=a2V5")]
    [InlineData("AccountName=a;TableEndpoint=not a uri")]
    [InlineData("garbage")]
    public void Parse_Malformed_ThrowsFormatException(string connectionString)
    {
        Assert.Throws<FormatException>(() => StorageConnectionString.Parse(connectionString));
    }
}
