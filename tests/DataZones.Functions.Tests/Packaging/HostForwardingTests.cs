namespace DataZones.Functions.Tests.Packaging;

/// <summary>
/// Why the app does not trust routes alone: a request the host forwards is re-addressed from its decoded path
/// through <c>new Uri(…)</c>, which folds encoded dot segments. So a double-encoded <c>..</c> under a zone's prefix
/// matches that zone's function at the host and still arrives at the app as <c>/{FunctionName}</c>. The app's
/// invocation guard refuses it (TimerInvocationTests).
/// </summary>
public sealed class HostForwardingTests : IClassFixture<PackageLayout>
{
    private readonly PackageLayout layout;

    public HostForwardingTests(PackageLayout layout) => this.layout = layout;

    [Fact]
    public async Task DoubleEncodedDotSegments_UnderAnHttpRoute_AreForwardedToATriggerPath()
    {
        await using var frontDoor = await FrontDoor.StartAsync();
        var routes = new HostRoutes(layout);
        var timer = layout.Timers.First().Name;
        foreach (var function in layout.Http)
        {
            var prefix = function.Route[..function.Route.IndexOf("{*rest}", StringComparison.Ordinal)];
            var up = string.Concat(Enumerable.Repeat("%252e%252e/", prefix.Count(c => c == '/')));

            var seen = await frontDoor.ReadAsync("/" + prefix + up + timer);

            Assert.NotNull(seen);
            Assert.Equal([function.Name], routes.Matching(seen.Value.Path));
            Assert.Equal("/" + timer, seen.Value.ForwardedPath);
        }
    }
}
