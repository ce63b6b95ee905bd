namespace DataZones.Functions.Scheduling;

/// <summary>
/// Matches a function name as the Functions host spells it when it invokes a trigger: an upper-case letter, then
/// letters and digits (<c>BillingClose</c>). The API's own paths start lower-case, so they never match.
/// </summary>
public sealed class FunctionNameRouteConstraint : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string name && IsFunctionName(name);

    public static bool IsFunctionName(string name) =>
        name.Length is > 0 and <= 128 && char.IsAsciiLetterUpper(name[0]) && name.All(char.IsAsciiLetterOrDigit);
}
