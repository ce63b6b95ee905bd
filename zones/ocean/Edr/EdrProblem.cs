namespace DataZones.Zones.Ocean.Edr;

/// <summary>
/// One thing wrong with a query, as a value: a stable <see cref="Code"/> (see <see cref="EdrProblemCodes"/>) that
/// maps to a problem-details <c>type</c>, the query parameter it concerns, and a sentence for people.
/// </summary>
public sealed record EdrProblem(string Code, string Parameter, string Detail);
