using Azure.Core;
using Azure.Core.Pipeline;
using DataZones.Storage.Tables;

namespace DataZones.Storage.Tests.Tables;

public class TableConnectionTests
{
    [Theory]
    [InlineData("https://acct.table.core.windows.net", "https://acct.table.core.windows.net/t1(PartitionKey='a%27%27b',RowKey='c%20d')")]
    [InlineData("http://127.0.0.1:10002/devstoreaccount1", "http://127.0.0.1:10002/devstoreaccount1/t1(PartitionKey='a%27%27b',RowKey='c%20d')")]
    public void CreateMessage_HostAndPathStyleEndpoints_BuildsEntityUrl(string endpoint, string expected)
    {
        var connection = new TableConnection(HttpPipelineBuilder.Build(new TableClientOptions()), new Uri(endpoint));

        using var message = connection.CreateMessage(RequestMethod.Get, TableProtocol.EntityPath("t1", "a'b", "c d"));

        Assert.Equal(expected, message.Request.Uri.ToString());
    }
}
