namespace DataZones.Zones.Ocean.Edr;

/// <summary>Either a parsed value or every problem found (never both, never neither).</summary>
public sealed class EdrParseResult<T>
{
    private readonly T? _value;

    private EdrParseResult(T? value, IReadOnlyList<EdrProblem> problems)
    {
        _value = value;
        Problems = problems;
    }

    public IReadOnlyList<EdrProblem> Problems { get; }

    public bool IsValid => Problems.Count == 0;

    /// <summary>The parsed value; reading it from an invalid result is a programming error.</summary>
    public T Value => IsValid ? _value! : throw new InvalidOperationException("An invalid result has no value.");

    public static EdrParseResult<T> Success(T value) => new(value, []);

    public static EdrParseResult<T> Failure(IReadOnlyList<EdrProblem> problems) =>
        problems.Count > 0 ? new(default, problems.ToArray()) : throw new ArgumentException("A failure needs a problem.", nameof(problems));

    public static EdrParseResult<T> Failure(EdrProblem problem) => new(default, [problem]);
}
