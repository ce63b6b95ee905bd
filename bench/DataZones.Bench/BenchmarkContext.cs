namespace DataZones.Bench;

/// <summary>What a benchmark gets: where storage is, its own arguments, and a writer for its report.</summary>
public sealed record BenchmarkContext(string StorageConnectionString, IReadOnlyList<string> Arguments, TextWriter Report)
{
    /// <summary>The value of <c>--name value</c> among the arguments, or <paramref name="fallback"/>.</summary>
    public int IntArgument(string name, int fallback)
    {
        var index = Arguments.ToList().IndexOf("--" + name);
        return index >= 0 && index + 1 < Arguments.Count && int.TryParse(Arguments[index + 1], out var value)
            ? value
            : fallback;
    }
}
