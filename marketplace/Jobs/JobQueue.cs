using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using DataZones.Marketplace.Persistence;
using Microsoft.Extensions.Options;

namespace DataZones.Marketplace.Jobs;

/// <summary>
/// The platform's job queue (<c>{prefix}-jobs</c>, Azure Storage queue): created once per process, carrying
/// <see cref="JobMessage"/>s. The Functions host's queue trigger and the local poller read the same queue.
/// </summary>
public sealed class JobQueue(QueueServiceClient service, IOptions<PersistenceOptions> persistence, IOptions<JobOptions> options)
{
    private readonly SemaphoreSlim creating = new(1, 1);
    private volatile QueueClient? created;

    /// <summary>The queue's name: the platform prefix, a hyphen, the configured name (what function.json's trigger names).</summary>
    public static string NameOf(PersistenceOptions persistence, JobOptions options) =>
        (persistence.TablePrefix + "-" + options.QueueName).ToLowerInvariant();

    /// <summary>
    /// The queue, created on first use. A failed creation (storage unreachable at start) is not remembered: the next
    /// caller tries again instead of inheriting the fault for the life of the process.
    /// </summary>
    private async Task<QueueClient> QueueAsync(CancellationToken cancellationToken)
    {
        if (created is { } ready) return ready;
        await creating.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (created is { } raced) return raced;
            var client = service.GetQueueClient(NameOf(persistence.Value, options.Value));
            await client.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return created = client;
        }
        finally
        {
            creating.Release();
        }
    }

    public async Task SendAsync(JobMessage message, CancellationToken cancellationToken)
    {
        var client = await QueueAsync(cancellationToken).ConfigureAwait(false);
        await client.SendMessageAsync(message.ToJson(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Takes up to <paramref name="count"/> messages, each invisible to others for <paramref name="visibility"/>.</summary>
    public async Task<QueueMessage[]> ReceiveAsync(int count, TimeSpan visibility, CancellationToken cancellationToken)
    {
        var client = await QueueAsync(cancellationToken).ConfigureAwait(false);
        return (await client.ReceiveMessagesAsync(count, visibility, cancellationToken).ConfigureAwait(false)).Value;
    }

    /// <summary>Keeps a taken message invisible for another <paramref name="visibility"/>; returns its new pop receipt.</summary>
    public async Task<string> RenewAsync(string messageId, string popReceipt, TimeSpan visibility, CancellationToken cancellationToken)
    {
        var client = await QueueAsync(cancellationToken).ConfigureAwait(false);
        return (await client.UpdateMessageAsync(messageId, popReceipt, visibilityTimeout: visibility, cancellationToken: cancellationToken).ConfigureAwait(false)).Value.PopReceipt;
    }

    /// <summary>Removes a handled message; one that is gone or was taken again meanwhile is left alone.</summary>
    public async Task DeleteAsync(string messageId, string popReceipt, CancellationToken cancellationToken)
    {
        var client = await QueueAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await client.DeleteMessageAsync(messageId, popReceipt, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 400)
        {
            // The message's visibility lapsed and it was taken again: the other delivery will find the job finished.
        }
    }
}
