using System.Text;
using DataZones.Zones.Ocean.Output;
using FsCheck;
using FsCheck.Fluent;

namespace DataZones.Zones.Ocean.Tests.Output;

public sealed class FormattedValueCacheTests
{
    private static string Direct(float value)
    {
        var buffer = new byte[64];
        Assert.True(ShortestDecimal.TryFormat(value, buffer, out var written));
        return Encoding.UTF8.GetString(buffer, 0, written);
    }

    [Fact]
    public void Write_AnySequenceWithRepeatsAndCollisions_GivesWhatFormattingEachValueGives() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true), Prop.ForAll(
            // A small pool of quantised values next to arbitrary floats: hits, misses and slots taken over.
            Gen.ListOf(Gen.OneOf(
                    Gen.Choose(-500, 3_500).Select(hundredths => hundredths / 100f),
                    ArbMap.Default.GeneratorFor<float>().Where(float.IsFinite)))
                .Select(values => values.ToArray()).ToArbitrary(),
            values =>
            {
                var cache = new FormattedValueCache();
                var buffer = new byte[FormattedValueCache.BytesFreeMin];
                foreach (var value in values.Concat(values))
                {
                    Array.Fill(buffer, (byte)'#');
                    var written = cache.Write(value, buffer);
                    Assert.Equal(Direct(value), Encoding.UTF8.GetString(buffer, 0, written));
                }
            }));

    [Fact]
    public void Write_TooLittleRoom_Throws()
    {
        var cache = new FormattedValueCache();

        Assert.Throws<ArgumentException>(() => cache.Write(-1.2345679E+38f, new byte[4]));
    }
}
