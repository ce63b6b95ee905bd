using System.Buffers.Text;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using static DataZones.Zones.Ocean.Tests.Api.OceanHttp;

namespace DataZones.Zones.Ocean.Tests.Api;

/// <summary>Answers are compressed as the client asks, and the receipt binds the bytes the client has after decoding.</summary>
[Collection(OceanApiCollection.Name)]
public sealed class CompressionTests(OceanApiFixture fixture)
{
    private const string Query = TestSea + "/cube?bbox=120,35,121.3,36&parameter-name=sea_surface_temperature";

    [Theory]
    [InlineData("br", "CSV")]
    [InlineData("gzip", "CSV")]
    [InlineData("gzip", "CoverageJSON")]
    public async Task Answer_AcceptEncoding_IsCompressed_AndTheReceiptHashesTheDecodedBody(string encoding, string format)
    {
        using var client = await fixture.ClientAsync();
        using var plainClient = await fixture.ClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Query}&f={format}");
        request.Headers.AcceptEncoding.ParseAdd(encoding);

        var response = await client.SendAsync(request);
        var plain = await (await plainClient.GetAsync($"{Query}&f={format}")).Content.ReadAsByteArrayAsync();

        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        var compressed = await response.Content.ReadAsByteArrayAsync();
        var decoded = Decode(compressed, encoding);
        Assert.True(compressed.Length < decoded.Length, $"{compressed.Length} compressed bytes for {decoded.Length}");
        Assert.Equal(plain, decoded);
        var receipt = new JsonWebToken(Assert.Single(response.Headers.GetValues("X-Receipt")));
        Assert.Equal(Base64Url.EncodeToString(SHA256.HashData(decoded)), receipt.GetPayloadValue<string>("rsh"));
    }

    [Fact]
    public async Task Answer_WithoutAcceptEncoding_IsNotCompressed()
    {
        using var client = await fixture.ClientAsync();

        var response = await client.GetAsync(Query + "&f=CSV");

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.StartsWith("time,latitude,longitude", await response.Content.ReadAsStringAsync());
    }

    private static byte[] Decode(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
