using System.Globalization;
using DataZones.Marketplace.Identifiers;

namespace DataZones.Marketplace.Ingestion;

/// <summary>
/// Reads typed values from one raw record and collects a problem for every field that breaks its rule, so a holder
/// sees all of a line's problems at once. A failed read returns a default that is never used: the line is rejected.
/// </summary>
public sealed class FieldReader(RawRecord record)
{
    private const int TextLengthMaximum = 200;

    public List<IngestionProblem> Problems { get; } = [];

    public string Text(string field, int lengthMaximum = TextLengthMaximum)
    {
        var value = Value(field);
        if (value is null)
        {
            return Fail(field, IngestionProblemCodes.MissingField, $"The field {field} is required.", string.Empty);
        }

        return value.Length > lengthMaximum
            ? Fail(field, IngestionProblemCodes.TooLong, $"The field {field} is at most {lengthMaximum} characters.", string.Empty)
            : value;
    }

    /// <summary>Text that becomes part of a row key: Table Storage forbids some characters there.</summary>
    public string KeyText(string field)
    {
        var value = Text(field);
        return value.Length == 0 || IsKeySafe(value)
            ? value
            : Fail(field, IngestionProblemCodes.InvalidKeyText, $"The field {field} must not contain / \\ # ? | or control characters.", value);
    }

    public string CreditCode(string field) => Identifier(field, UnifiedSocialCreditCodeValidator.Validate(Value(field)));

    /// <summary>
    /// Validates a resident identity number and returns only its keyed hash; the clear value is not kept.
    /// </summary>
    public string IdentityNumberHash(string field, PersonalIdentifierHasher hasher)
    {
        var normalized = Identifier(field, ResidentIdentityNumberValidator.Validate(Value(field)));
        return normalized.Length == 0 ? string.Empty : hasher.HashToHex(normalized);
    }

    public DateOnly Date(string field) => OptionalDate(field, required: true) ?? default;

    public DateOnly? OptionalDate(string field, bool required = false)
    {
        var value = Value(field);
        if (value is null)
        {
            return required ? Fail<DateOnly?>(field, IngestionProblemCodes.MissingField, $"The field {field} is required.", null) : null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : Fail<DateOnly?>(field, IngestionProblemCodes.InvalidDate, $"The field {field} must be a date yyyy-MM-dd.", null);
    }

    public int Integer(string field, int minimum, int maximum)
    {
        var value = Text(field);
        if (value.Length == 0)
        {
            return 0;
        }

        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return Fail(field, IngestionProblemCodes.InvalidNumber, $"The field {field} must be a whole number.", 0);
        }

        return number < minimum || number > maximum
            ? Fail(field, IngestionProblemCodes.OutOfRange, $"The field {field} must be from {minimum} to {maximum}.", 0)
            : number;
    }

    /// <summary>A non-negative amount of yuan with at most two decimals (fen), written without exponent or separators.</summary>
    public decimal Amount(string field)
    {
        var value = Text(field);
        if (value.Length == 0)
        {
            return 0m;
        }

        if (!decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            || amount.Scale > 2)
        {
            return Fail(field, IngestionProblemCodes.InvalidNumber, $"The field {field} must be a number of yuan with at most two decimals.", 0m);
        }

        return amount < 0m
            ? Fail(field, IngestionProblemCodes.NegativeAmount, $"The field {field} must not be negative.", 0m)
            : amount;
    }

    public T Choice<T>(string field, IReadOnlyDictionary<string, T> allowed)
        where T : struct
    {
        var value = Text(field);
        if (value.Length == 0)
        {
            return default;
        }

        return allowed.TryGetValue(value, out var choice)
            ? choice
            : Fail(field, IngestionProblemCodes.InvalidValue, $"The field {field} must be one of {string.Join(", ", allowed.Keys)}.", default(T));
    }

    public bool Boolean(string field) =>
        Choice(field, new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase) { ["true"] = true, ["false"] = false });

    /// <summary>
    /// Whether text may be part of a row key: Table Storage forbids '/', '\', '#', '?' and control characters, and
    /// '|' is kept out because the zones join key parts with it, so a key splits unambiguously.
    /// </summary>
    public static bool IsKeySafe(string text) =>
        !string.IsNullOrWhiteSpace(text)
        && text.Length <= 200
        && !text.Any(c => c is '/' or '\\' or '#' or '?' or '|' || char.IsControl(c));

    /// <summary>Whether the field has a value (absent, empty and blank fields have none).</summary>
    public bool Has(string field) => Value(field) is not null;

    /// <summary>Records a problem found by a rule across fields.</summary>
    public void Report(string field, string code, string message) =>
        Problems.Add(new IngestionProblem(record.LineNumber, field, code, message));

    private string Identifier(string field, IdentifierValidationResult result) =>
        result.IsValid
            ? result.Normalized
            : Fail(field, result.Violation.Code == IdentifierViolationCodes.Missing ? IngestionProblemCodes.MissingField : result.Violation.Code,
                result.Violation.Message, string.Empty);

    private string? Value(string field) =>
        record.Fields.TryGetValue(field, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private T Fail<T>(string field, string code, string message, T fallback)
    {
        Report(field, code, message);
        return fallback;
    }
}
