using System.Reflection;
using DataZones.Marketplace.Hosting;

namespace DataZones.Infra.Tests;

/// <summary>
/// What the app requires outside Development, read from its options classes: every property marked
/// <see cref="RequiredInProductionAttribute"/> on a class with a <c>SectionName</c> constant, in every assembly of
/// the app. Nothing here is a copied list, so a setting marked tomorrow is checked tomorrow.
/// </summary>
public static class RequiredSettings
{
    public sealed record Setting(string Section, string Property, bool Secret, string? Unless)
    {
        /// <summary>The app setting's name: configuration keys with <c>__</c> for <c>:</c>, as environment variables.</summary>
        public string Name => $"{Section}__{Property}";

        public string? AlternativeName => Unless is null ? null : $"{Section}__{Unless}";

        public override string ToString() => Name;
    }

    public static IReadOnlyList<Setting> InProduction { get; } = Find();

    private static List<Setting> Find() =>
        AppAssemblies()
            .SelectMany(assembly => assembly.GetTypes())
            .Select(type => (type, section: type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string))
            .Where(t => t.section is not null)
            .SelectMany(t => t.type.GetProperties()
                .Select(property => (property, mark: property.GetCustomAttribute<RequiredInProductionAttribute>()))
                .Where(p => p.mark is not null)
                .Select(p => new Setting(t.section!, p.property.Name, p.mark!.Secret, p.mark.Unless)))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>The app's entry assembly and every DataZones assembly it references, directly or not.</summary>
    private static IEnumerable<Assembly> AppAssemblies()
    {
        var seen = new Dictionary<string, Assembly>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>([typeof(Program).Assembly]);
        while (pending.Count > 0)
        {
            var assembly = pending.Pop();
            if (!seen.TryAdd(assembly.GetName().Name!, assembly)) continue;
            foreach (var reference in assembly.GetReferencedAssemblies().Where(r => r.Name!.StartsWith("DataZones.", StringComparison.Ordinal)))
            {
                pending.Push(Assembly.Load(reference));
            }
        }
        return seen.Values;
    }
}
