using System.Text.Json.Nodes;

namespace DataZones.Functions.Scheduling;

/// <summary>The custom-handler response the Functions host expects to an invocation: <c>{"Outputs":{},"Logs":[…],"ReturnValue":null}</c>.</summary>
public static class CustomHandlerResponse
{
    public static IResult Of(string functionName, string log, int status = StatusCodes.Status200OK) => Results.Json(new JsonObject
    {
        ["Outputs"] = new JsonObject(),
        ["Logs"] = new JsonArray($"{functionName}: {log}"),
        ["ReturnValue"] = null,
    }, statusCode: status);
}
