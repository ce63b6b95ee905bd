using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace DataZones.Functions.Tests.Hosting;

public sealed class TimerInvocationTests : IClassFixture<AppFactory>
{
    private readonly AppFactory factory;

    public TimerInvocationTests(AppFactory factory) => this.factory = factory;

    [Theory]
    [InlineData("LedgerSeal")]
    [InlineData("UsageRollup")]
    public async Task TimerInvocation_AnswersWithTheCustomHandlerPayload(string functionName)
    {
        using var client = factory.CreateClient();
        var invocation = new { Data = new { timer = new { IsPastDue = false } }, Metadata = new { } };

        var response = await client.PostAsJsonAsync("/" + functionName, invocation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.NotNull(body["Outputs"]);
        Assert.StartsWith(functionName + ": ", body["Logs"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(body.AsObject().ContainsKey("ReturnValue"));
    }
}
