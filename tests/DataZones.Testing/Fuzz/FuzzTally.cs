using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace DataZones.Testing.Fuzz;

/// <summary>What a fuzz run saw: counts by status class and by rule broken, and a few examples of each breach.</summary>
public sealed class FuzzTally
{
    private const int ExamplesPerRule = 5;
    private readonly ConcurrentDictionary<string, long> counts = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> examples = new();
    private readonly ConcurrentDictionary<string, byte> undocumented = new();
    private readonly ConcurrentDictionary<string, byte> withoutSchema = new();

    public long Requests => Count("requests");

    public long Count(string name) => counts.GetValueOrDefault(name);

    /// <summary>The breaches of the contract; a green run has none.</summary>
    public static IReadOnlyList<string> Rules { get; } = ["5xx", "4xx not problem+json", "status not documented", "media type not documented", "body not valid against its schema", "no answer"];

    public long Breaches => Rules.Sum(Count);

    /// <summary>Distinct (operation, status) pairs answered but not documented.</summary>
    public IReadOnlyCollection<string> UndocumentedStatuses => undocumented.Keys.Order(StringComparer.Ordinal).ToList();

    public void Add(string name) => counts.AddOrUpdate(name, 1, (_, n) => n + 1);

    /// <summary>A success body the document gives no schema for, counted once per (operation, status).</summary>
    public void WithoutSchema(FuzzCase fuzzCase, int status)
    {
        Add("bodies without schema");
        withoutSchema.TryAdd($"{fuzzCase.Operation.Name} → {status}", 0);
    }

    public void Breach(string rule, FuzzCase fuzzCase, int status, string detail)
    {
        Add(rule);
        if (rule == "status not documented") undocumented.TryAdd($"{fuzzCase.Operation.Name} → {status}", 0);
        var queue = examples.GetOrAdd(rule, _ => new ConcurrentQueue<string>());
        if (queue.Count < ExamplesPerRule) queue.Enqueue($"{fuzzCase.Operation.Method} {Shorten(fuzzCase.PathAndQuery)} as {fuzzCase.Credential.Name} ({fuzzCase.Kind}) → {status}: {Shorten(detail)}");
    }

    public string Describe()
    {
        var text = new StringBuilder();
        string N(string name) => Count(name).ToString("N0", CultureInfo.InvariantCulture);
        text.AppendLine(CultureInfo.InvariantCulture, $"  {N("requests")} requests: {N("2xx")} 2xx, {N("4xx")} 4xx, {N("5xx")} 5xx, {N("other")} other");
        text.AppendLine(CultureInfo.InvariantCulture, $"  success bodies checked against their schema: {N("bodies checked")}; with no schema to check: {N("bodies without schema")}");
        foreach (var rule in Rules) text.AppendLine(CultureInfo.InvariantCulture, $"  {rule}: {N(rule)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  undocumented (operation, status) pairs: {undocumented.Count}");
        foreach (var pair in UndocumentedStatuses.Take(40)) text.AppendLine("    " + pair);
        text.AppendLine(CultureInfo.InvariantCulture, $"  (operation, status) pairs answering a JSON body with no schema: {withoutSchema.Count}");
        foreach (var pair in withoutSchema.Keys.Order(StringComparer.Ordinal).Take(60)) text.AppendLine("    " + pair);
        foreach (var (rule, queue) in examples.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            foreach (var example in queue) text.AppendLine(CultureInfo.InvariantCulture, $"    e.g. [{rule}] {example}");
        }
        return text.ToString();
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
