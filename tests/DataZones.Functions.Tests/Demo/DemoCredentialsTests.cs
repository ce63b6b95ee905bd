using System.Net;
using System.Text.Json.Nodes;

namespace DataZones.Functions.Tests.Demo;

public sealed class DemoCredentialsTests
{
    private static async Task<string?> WaitForFileAsync(string path, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (File.Exists(path)) return await File.ReadAllTextAsync(path);
            await Task.Delay(100);
        }
        return null;
    }

    [Fact]
    public async Task Development_CreatesDemoCredentialsOnce_AndTheOperatorKeyWorks()
    {
        var file = Path.Combine(Path.GetTempPath(), "dz-demo-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            using var factory = new AppFactory("Development", new Dictionary<string, string?> { ["Demo:CredentialsFile"] = file });
            using var client = factory.CreateClient();

            var json = await WaitForFileAsync(file, TimeSpan.FromSeconds(30));

            Assert.NotNull(json);
            var document = JsonNode.Parse(json)!;
            Assert.Equal(3, document["consumers"]!.AsArray().Count);
            Assert.Equal(["bank", "insurer", "research"], document["consumers"]!.AsArray().Select(c => c!["kind"]!.GetValue<string>()));
            client.DefaultRequestHeaders.Add("X-Api-Key", document["operator"]!["apiKey"]!.GetValue<string>());
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/operator/consumers", UriKind.Relative))).StatusCode);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Production_NeverCreatesDemoCredentials()
    {
        var file = Path.Combine(Path.GetTempPath(), "dz-demo-" + Guid.NewGuid().ToString("N") + ".json");
        using var factory = new AppFactory("Production", new Dictionary<string, string?> { ["Demo:CredentialsFile"] = file });
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);

        Assert.Null(await WaitForFileAsync(file, TimeSpan.FromSeconds(3)));
    }
}
