using System.Text.Json;
using DataZones.Marketplace.Mcp;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using ModelContextProtocol.Protocol;

namespace DataZones.Marketplace.Tests.Mcp;

/// <summary>
/// Idempotent retries over MCP rest on one property: the same arguments, in whatever order a client sends them,
/// make the same request — path, query and body bytes — and the body says exactly what the arguments said.
/// </summary>
public sealed class ToolRequestPropertyTests
{
    private static readonly EndpointTool Tool = new(
        new Tool { Name = "t" },
        new RouteEndpoint(_ => Task.CompletedTask, RoutePatternFactory.Parse("/zones/x/items/{id}/look"), 0, EndpointMetadataCollection.Empty, "t"),
        HttpMethods.Post,
        [
            new ToolArgument("id", ToolArgumentSource.Path, true),
            new ToolArgument("q", ToolArgumentSource.Query, false),
            new ToolArgument("a", ToolArgumentSource.BodyProperty, false),
            new ToolArgument("b", ToolArgumentSource.BodyProperty, false),
            new ToolArgument("c", ToolArgumentSource.BodyProperty, false),
            new ToolArgument("idempotencyKey", ToolArgumentSource.IdempotencyKey, false),
        ],
        null,
        []);

    private static readonly Gen<JsonElement> Values = Gen.OneOf(
        Gen.Elements("x", "青岛 港", "a/b?c&d=e", "", "\"quoted\"", "91370200MA3C8XQL0").Select(v => JsonSerializer.SerializeToElement(v)),
        Gen.Choose(-1000, 1000).Select(v => JsonSerializer.SerializeToElement(v)),
        Gen.Elements(true, false).Select(v => JsonSerializer.SerializeToElement(v)));

    private static readonly Gen<(List<KeyValuePair<string, JsonElement>> Arguments, int[] Order)> Calls =
        from id in Values
        from optional in Gen.ArrayOf(Gen.Elements(true, false), 4)
        from values in Gen.ArrayOf(Values, 4)
        let arguments = new[] { "q", "a", "b", "c" }.Select((name, i) => (name, i)).Where(p => optional[p.i])
            .Select(p => KeyValuePair.Create(p.name, values[p.i])).Prepend(KeyValuePair.Create("id", id)).ToList()
        from order in Gen.Shuffle(Enumerable.Range(0, arguments.Count).ToArray())
        select (arguments, order);

    [Fact]
    public void From_SameArgumentsInAnyOrder_MakesTheSameRequest_WhoseBodySaysWhatTheArgumentsSaid() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1_000).WithQuietOnSuccess(true), Prop.ForAll(Calls.ToArbitrary(), call =>
        {
            var inOrder = ToolRequest.From(Tool, call.Arguments.ToDictionary()).Request!;
            var shuffled = ToolRequest.From(Tool, call.Order.Select(i => call.Arguments[i]).ToDictionary()).Request!;
            var sameRequest = inOrder.Path == shuffled.Path && inOrder.Query == shuffled.Query
                && (inOrder.Body ?? []).AsSpan().SequenceEqual(shuffled.Body ?? []);
            JsonElement? body = inOrder.Body is null ? null : JsonDocument.Parse(inOrder.Body).RootElement;
            var faithful = call.Arguments.Where(a => a.Key is "a" or "b" or "c")
                .All(a => body is { } b && b.TryGetProperty(a.Key, out var sent) && sent.GetRawText() == a.Value.GetRawText());
            return sameRequest && faithful;
        }));

    [Fact]
    public void From_UnknownAndMissingArguments_AreRefusedTogether()
    {
        var (request, errors) = ToolRequest.From(Tool, new Dictionary<string, JsonElement> { ["z"] = JsonSerializer.SerializeToElement(1) });

        Assert.Null(request);
        Assert.Equal([("z", "unknown-argument"), ("id", "missing")], errors.Select(e => (e.Field, e.Rule)));
    }
}
