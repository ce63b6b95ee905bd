using System.Net;
using System.Text.Json.Nodes;
using DataZones.Functions.Scheduling;
using DataZones.Functions.Tests.Packaging;

namespace DataZones.Functions.Tests.Scheduling;

/// <summary>Trigger routes exist only under the Functions host, and there answer the host's own invocations only.</summary>
public sealed class TimerInvocationTests : IClassFixture<AppFactory>, IClassFixture<OnHostApp>
{
    private static readonly string[] TriggerNames = ["BillingClose", "FinanceUploadSweep", "Jobs", "LedgerSeal", "OceanExportSweep", "OceanUploadSweep", "UsageRollup"];
    private readonly AppFactory offHost;
    private readonly OnHostApp onHost;

    public TimerInvocationTests(AppFactory offHost, OnHostApp onHost)
    {
        this.offHost = offHost;
        this.onHost = onHost;
    }

    public static TheoryData<string> Triggers() => [.. TriggerNames];

    [Theory]
    [MemberData(nameof(Triggers))]
    public async Task OffTheHost_TriggerRoutes_DoNotExist_InAnySpelling(string functionName)
    {
        using var client = offHost.CreateClient();
        foreach (var path in new[] { "/" + functionName, "/" + functionName.ToLowerInvariant(), "/" + functionName + "/" })
        {
            using var invocation = OnHostApp.HostInvocation(functionName);
            invocation.RequestUri = new Uri(path, UriKind.Relative);

            var response = await client.SendAsync(invocation);

            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
        }
    }

    [Theory]
    [InlineData("LedgerSeal")]
    [InlineData("UsageRollup")]
    public async Task OnTheHost_HostsInvocation_RunsTheJob_AndAnswersTheCustomHandlerPayload(string functionName)
    {
        using var client = onHost.Client();

        var response = await client.SendAsync(OnHostApp.HostInvocation(functionName));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.NotNull(body["Outputs"]);
        Assert.StartsWith(functionName + ": ", (string)body["Logs"]![0]!, StringComparison.Ordinal);
        Assert.True(body.AsObject().ContainsKey("ReturnValue"));
    }

    [Theory]
    [MemberData(nameof(Triggers))]
    public async Task OnTheHost_ForwardedOutsideRequest_ToATriggerPath_IsRefusedAsIfAbsent(string functionName)
    {
        using var client = onHost.Client();
        // What the host sends when it forwards an outside request that reached this path (HostForwardingTests):
        // the caller's headers copied, the public host name among them, plus the host's own invocation headers.
        using var forwarded = OnHostApp.HostInvocation(functionName);
        forwarded.Headers.Host = "datazones.example";
        forwarded.Headers.Add("X-Forwarded-For", "203.0.113.7");

        var response = await client.SendAsync(forwarded);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("/problems/not-found", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["type"]);
    }

    [Fact]
    public async Task OnTheHost_NotAnInvocation_IsRefusedAsIfAbsent()
    {
        using var client = onHost.Client();
        using var get = new HttpRequestMessage(HttpMethod.Get, "/BillingClose");
        using var noPayload = OnHostApp.HostInvocation("BillingClose");
        noPayload.Content = new StringContent("{\"Data\":1}", System.Text.Encoding.UTF8, "application/json");
        using var noInvocationId = OnHostApp.HostInvocation("BillingClose");
        noInvocationId.Headers.Remove(HostInvocationGuard.InvocationIdHeader);
        using var otherCase = OnHostApp.HostInvocation("BillingClose");
        otherCase.RequestUri = new Uri("/billingclose", UriKind.Relative);

        foreach (var request in new[] { get, noPayload, noInvocationId, otherCase })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(request)).StatusCode);
        }
    }

    [Fact]
    public void TriggerNames_AreThePackagesTimersAndQueueTriggers()
    {
        using var layout = new PackageLayout();
        Assert.Equal(TriggerNames, layout.Triggers.Select(t => t.Name).Order(StringComparer.Ordinal));
    }
}
