namespace DataZones.Marketplace.Identifiers;

/// <summary>
/// The first rule an identifier breaks.
/// </summary>
/// <param name="Code">A stable code from <see cref="IdentifierViolationCodes"/>.</param>
/// <param name="Message">
/// A sentence naming the rule and the position, fit for a problem-details <c>detail</c>. It never repeats a personal
/// identifier, so it may be returned and logged.
/// </param>
/// <param name="Position">The 1-based character position the rule failed at, when the rule is about one position.</param>
public sealed record IdentifierViolation(string Code, string Message, int? Position);
