using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace DataZones.Marketplace.Pipeline;

/// <summary>
/// SHA-256 of what the caller asked: method, path, query string and the exact body bytes. The usage record keeps it
/// (the parameters are not stored, only their hash), and idempotency compares it to tell a retry from a new request.
/// The body is readable again because paid endpoints buffer it (<see cref="PaidEndpointExtensions"/>).
/// </summary>
public static class RequestHash
{
    public static async Task<string> OfAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method}\n{request.Path}\n{request.QueryString}\n"));
        if (request.Body.CanSeek)
        {
            request.Body.Position = 0;
            var buffer = new byte[16 * 1024];
            int read;
            while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0) hash.AppendData(buffer, 0, read);
            request.Body.Position = 0;
        }
        return Base64Url.EncodeToString(hash.GetHashAndReset());
    }
}
