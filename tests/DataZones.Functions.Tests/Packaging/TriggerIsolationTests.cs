using System.Globalization;
using System.Text;

namespace DataZones.Functions.Tests.Packaging;

/// <summary>
/// The host POSTs timer invocations to <c>/{FunctionName}</c> on the app; no HTTP function may forward a request
/// from outside to such a path. Checked over every trigger name and every route template, in every spelling the
/// host's Kestrel and routing could treat alike: case, slashes, percent-encoding, dot segments.
/// </summary>
public sealed class TriggerIsolationTests : IClassFixture<PackageLayout>
{
    private readonly PackageLayout layout;
    private readonly HostRoutes routes;

    public TriggerIsolationTests(PackageLayout layout)
    {
        this.layout = layout;
        routes = new HostRoutes(layout);
    }

    public static IEnumerable<string> Spellings(string name)
    {
        var encodedAll = string.Concat(Encoding.UTF8.GetBytes(name).Select(b => "%" + b.ToString("X2", CultureInfo.InvariantCulture)));
        string[] bodies =
        [
            name, name.ToLowerInvariant(), name.ToUpperInvariant(), encodedAll, encodedAll.ToLowerInvariant(),
            "%" + ((int)name[0]).ToString("X2", CultureInfo.InvariantCulture) + name[1..],
        ];
        foreach (var body in bodies)
        {
            foreach (var shape in new[] { "/{0}", "/{0}/", "//{0}", "/{0}//", "/./{0}", "/x/../{0}", "/%2e/{0}", "/x/%2E%2E/{0}", "/{0}%2F", "/{0}%20", "/{0};", "/{0}?x=1" })
            {
                yield return string.Format(CultureInfo.InvariantCulture, shape, body);
            }
        }
    }

    [Fact]
    public async Task NoHttpRoute_MatchesATriggerName_InAnySpelling()
    {
        await using var frontDoor = await FrontDoor.StartAsync();
        var checkedPaths = 0;
        foreach (var timer in layout.Triggers)
        {
            foreach (var raw in Spellings(timer.Name))
            {
                if (await frontDoor.ReadAsync(raw) is not { } seen) continue; // Kestrel refused the request line: nothing is routed
                Assert.True(routes.Matching(seen.Path).Count == 0, $"'{raw}' (path '{seen.Path}') is forwarded by {string.Join(", ", routes.Matching(seen.Path))}");
                checkedPaths++;
            }
        }
        Assert.True(checkedPaths >= layout.Triggers.Count() * 50, $"only {checkedPaths} spellings reached routing");
    }

    [Fact]
    public void EveryHttpRoute_StartsWithALiteralSegment_ThatNoTriggerNameSpells()
    {
        var triggers = layout.Triggers.Select(t => t.Name).ToList();
        foreach (var function in layout.Http)
        {
            var first = HostRoutes.Template(layout.RoutePrefix, function.Route).Split('/')[0];
            Assert.DoesNotContain('{', first);
            Assert.DoesNotContain(triggers, t => string.Equals(t, first, StringComparison.OrdinalIgnoreCase));
        }
    }
}
