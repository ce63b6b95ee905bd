namespace DataZones.Zones.Finance.Verification;

/// <summary>
/// One thing wrong with one field of a request: the edge turns a list of these into a 400 problem, all at once.
/// </summary>
/// <param name="Field">The JSON field name, e.g. <c>creditCode</c>.</param>
/// <param name="Code">A stable code: an identifier violation code, <c>missing</c> or <c>too-long</c>.</param>
/// <param name="Message">A sentence naming the rule; it never repeats a personal identifier.</param>
public sealed record RequestFieldProblem(string Field, string Code, string Message);
