using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace DataZones.Marketplace.Tests.Settlement;

/// <summary>
/// Runs a property with FsCheck; a failure fails the test with FsCheck's report, which names the seed, e.g.
/// "Falsifiable, after 66 tests (0 shrinks) (2278637373193521837,491496721295534145)" and "Replay directly at failing
/// step with (11801445946325075661,12554986594257548405,8)". To replay, set DATAZONES_PROPERTY_REPLAY to either
/// parenthesised list (two numbers replay the whole run, three jump to the failing step) and run the test again.
/// </summary>
internal static class PropertyRun
{
    private const string ReplayVariable = "DATAZONES_PROPERTY_REPLAY";

    public static void ForAll<T>(Gen<T> generator, Action<T> property, int maxTest = 300)
    {
        var config = Config.QuickThrowOnFailure.WithMaxTest(maxTest).WithQuietOnSuccess(true);
        if (Environment.GetEnvironmentVariable(ReplayVariable) is { Length: > 0 } replay)
        {
            config = config.WithReplay(ParseReplay(replay));
        }

        Check.One(config, Prop.ForAll(generator.ToArbitrary(), property));
    }

    private static Replay ParseReplay(string text)
    {
        var numbers = text.Trim('(', ')', ' ').Split(',');
        var seed = new Rnd(ulong.Parse(numbers[0], CultureInfo.InvariantCulture), ulong.Parse(numbers[1], CultureInfo.InvariantCulture));
        var size = numbers.Length > 2
            ? FSharpOption<int>.Some(int.Parse(numbers[2], CultureInfo.InvariantCulture))
            : FSharpOption<int>.None;
        return new Replay(seed, size);
    }
}
