using System.Text.Json;
using DataZones.Marketplace.Hosting;
using DataZones.Marketplace.Subscriptions;

namespace DataZones.Marketplace.Tests.Hosting;

public sealed class PlatformJsonTests
{
    [Fact]
    public void Serialize_ChineseTextAndEnums_ReadableUtf8AndCamelCaseStrings_HtmlStillEscaped()
    {
        var json = JsonSerializer.Serialize(new { Name = "普惠小微首贷", Status = SubscriptionStatus.Active, Note = "<b>", Missing = (string?)null }, PlatformJson.Options);

        Assert.Equal("{\"name\":\"普惠小微首贷\",\"status\":\"active\",\"note\":\"\\u003Cb\\u003E\"}", json);
    }
}
