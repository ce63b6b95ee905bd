using System.Text.Json.Nodes;

namespace DataZones.Functions.Tests.Packaging;

/// <summary>One function folder of the package: its name (the folder's) and its trigger binding.</summary>
public sealed record PackagedFunction(string Name, JsonArray Bindings)
{
    public JsonObject Trigger => Bindings.OfType<JsonObject>().Single(b => (string?)b["direction"] == "in");

    public string Type => (string)Trigger["type"]!;

    public bool IsHttp => Type == "httpTrigger";

    public bool IsTimer => Type == "timerTrigger";

    public bool IsQueue => Type == "queueTrigger";

    /// <summary>Functions the host invokes by POSTing to <c>/{Name}</c> on the app: every one that is not HTTP.</summary>
    public bool IsInvokedByName => !IsHttp;

    public string Route => (string)Trigger["route"]!;

    public string Schedule => (string)Trigger["schedule"]!;

    public IReadOnlyList<string> Methods => Trigger["methods"]!.AsArray().Select(m => (string)m!).ToList();
}
