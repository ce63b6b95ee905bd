using System.Text.Json;
using DataZones.Zones.Ocean.Output;
using FsCheck;
using FsCheck.Fluent;

namespace DataZones.Zones.Ocean.Tests.Output;

public sealed class JsonNumberArrayTests
{
    [Fact]
    public void Render_AnyFloats_IsAJsonArrayOfTheSameNumbersWithNullForNaN() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200).WithQuietOnSuccess(true), Prop.ForAll(
            // Lengths across the parallel block size, quantised values (cache hits) and arbitrary ones.
            (from length in Gen.OneOf(Gen.Choose(0, 10), Gen.Choose(65_530, 140_000))
             from seed in Gen.Choose(0, int.MaxValue)
             select Values(length, seed)).ToArbitrary(),
            values =>
            {
                var parsed = JsonDocument.Parse(JsonNumberArray.Render(values)).RootElement;
                Assert.Equal(values.Length, parsed.GetArrayLength());
                var i = 0;
                foreach (var element in parsed.EnumerateArray())
                {
                    var expected = values[i++];
                    Assert.Equal(float.IsNaN(expected) ? JsonValueKind.Null : JsonValueKind.Number, element.ValueKind);
                    if (!float.IsNaN(expected)) Assert.Equal(expected, element.GetSingle());
                }
            }));

    [Fact]
    public void Render_Nothing_IsAnEmptyArray() => Assert.Equal("[]"u8.ToArray(), JsonNumberArray.Render(ReadOnlyMemory<float>.Empty));

    private static float[] Values(int length, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, length).Select(_ => random.Next(4) switch
        {
            0 => float.NaN,
            1 => random.Next(-500, 3_500) / 100f,
            _ => (float)(random.NextDouble() * Math.Pow(10, random.Next(-8, 9)) * (random.Next(2) * 2 - 1)),
        }).ToArray();
    }
}
