using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;

namespace DataZones.Bench.Faults;

/// <summary>
/// Closed-loop paid load that logs every answer: <c>concurrency</c> clients, each sending its next enterprise
/// verification when the previous one is answered, until stopped. A 200's request id (<c>X-Request-Id</c>) is what
/// the reconciliation looks for in the usage records. No client retries: a retry would hide a lost answer.
/// </summary>
public sealed class PaidLoad
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);
    private readonly ConcurrentQueue<Answer> answers = new();
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly CancellationTokenSource stop = new();
    private Task? running;

    /// <summary>One answer: when the request was sent and answered (since the load began), its status (0: no answer) and request id.</summary>
    public sealed record Answer(TimeSpan SentAt, TimeSpan AnsweredAt, int Status, string? RequestId);

    public IReadOnlyCollection<Answer> Answers => answers;

    public TimeSpan Now => clock.Elapsed;

    public void Start(Uri address, string apiKey, IReadOnlyList<byte[]> bodies, int concurrency)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, ConnectTimeout = TimeSpan.FromSeconds(2), PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        var client = new HttpClient(handler) { BaseAddress = address, Timeout = RequestTimeout };
        running = Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => WorkerAsync(client, apiKey, bodies, worker, concurrency)))
            .ContinueWith(_ => client.Dispose(), TaskScheduler.Default);
    }

    public async Task StopAsync()
    {
        await stop.CancelAsync();
        if (running is not null) await running;
    }

    /// <summary>The first 200 to a request sent at or after <paramref name="from"/>, if any yet.</summary>
    public Answer? FirstOkSentAfter(TimeSpan from) => answers.Where(a => a.Status == 200 && a.SentAt >= from).MinBy(a => a.AnsweredAt);

    private async Task WorkerAsync(HttpClient client, string apiKey, IReadOnlyList<byte[]> bodies, int worker, int concurrency)
    {
        for (long i = 0; !stop.IsCancellationRequested; i++)
        {
            var sentAt = clock.Elapsed;
            using var message = new HttpRequestMessage(HttpMethod.Post, "/zones/finance/enterprise-verifications")
            {
                Content = new ByteArrayContent(bodies[(int)((worker + i * concurrency) % bodies.Count)]),
            };
            message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            message.Headers.Add("X-Api-Key", apiKey);
            try
            {
                using var response = await client.SendAsync(message, CancellationToken.None);
                await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
                var id = response.Headers.TryGetValues("X-Request-Id", out var values) ? values.First() : null;
                answers.Enqueue(new Answer(sentAt, clock.Elapsed, (int)response.StatusCode, id));
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                answers.Enqueue(new Answer(sentAt, clock.Elapsed, 0, null));
                // Connection refused (the app is down): wait a moment rather than spin.
                await Task.Delay(50, CancellationToken.None);
            }
        }
    }
}
