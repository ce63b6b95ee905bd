using System.Text;
using DataZones.Marketplace.Identifiers;

namespace DataZones.Marketplace.Tests.Identifiers;

public sealed class PersonalIdentifierHasherTests
{
    private static readonly byte[] Key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();

    [Fact]
    public void Constructor_KeyShorterThan32Bytes_Throws() =>
        Assert.Throws<ArgumentException>(() => new PersonalIdentifierHasher(new byte[31]));

    // RFC 4231 test case 6: a key longer than the block size.
    [Fact]
    public void HashToHex_Rfc4231Case6_MatchesTheVector()
    {
        var hasher = new PersonalIdentifierHasher(Enumerable.Repeat((byte)0xaa, 131).ToArray());

        Assert.Equal("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
            hasher.HashToHex("Test Using Larger Than Block-Size Key - Hash Key First"));
    }

    [Fact]
    public void HashToHex_IdentityNumber_IsLowerCaseHmacSha256()
    {
        var hash = new PersonalIdentifierHasher(Key).HashToHex("11010519491231002X");

        Assert.Equal("a66755453b106dcea0cfa264214ae59ff1e8b067f3e5f3aa8085e1d8757880eb", hash);
    }

    [Fact]
    public void HashToBase64Url_SameBytesAsHex_Unpadded()
    {
        var hasher = new PersonalIdentifierHasher(Key);

        var base64Url = hasher.HashToBase64Url("11010519491231002X");

        Assert.Equal(PersonalIdentifierHasher.Base64UrlLength, base64Url.Length);
        Assert.DoesNotContain('=', base64Url);
        var standard = base64Url.Replace('-', '+').Replace('_', '/') + "=";
        Assert.Equal(hasher.HashToHex("11010519491231002X"), Convert.ToHexStringLower(Convert.FromBase64String(standard)));
    }

    [Fact]
    public void HashToHex_DifferentKey_GivesDifferentHash()
    {
        var otherKey = Key.Select(b => (byte)(b ^ 0xff)).ToArray();

        Assert.NotEqual(new PersonalIdentifierHasher(Key).HashToHex("11010519491231002X"),
            new PersonalIdentifierHasher(otherKey).HashToHex("11010519491231002X"));
    }

    [Fact]
    public void Constructor_KeyIsCopied_LaterChangesToTheCallersArrayDoNotMatter()
    {
        var key = (byte[])Key.Clone();
        var hasher = new PersonalIdentifierHasher(key);
        var before = hasher.HashToHex("440524188001010014");

        key[0] ^= 1;

        Assert.Equal(before, hasher.HashToHex("440524188001010014"));
    }

    [Theory]
    [InlineData("11010519491231002X", true)]
    [InlineData("440524188001010014", false)]
    public void Matches_EitherEncoding_ComparesTheHash(string candidate, bool expected)
    {
        var hasher = new PersonalIdentifierHasher(Key);

        Assert.Equal(expected, hasher.Matches(candidate, hasher.HashToHex("11010519491231002X")));
        Assert.Equal(expected, hasher.Matches(candidate, hasher.HashToBase64Url("11010519491231002X")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-hash")]
    [InlineData("zz6755453b106dcea0cfa264214ae59ff1e8b067f3e5f3aa8085e1d8757880eb")]
    public void Matches_MalformedStoredHash_IsFalse(string stored) =>
        Assert.False(new PersonalIdentifierHasher(Key).Matches("11010519491231002X", stored));

    [Fact]
    public void ToString_DoesNotShowTheKey() =>
        Assert.Equal(nameof(PersonalIdentifierHasher), new PersonalIdentifierHasher(Encoding.ASCII.GetBytes(new string('k', 32))).ToString());
}
