using System.Text.Json;

namespace DataZones.Marketplace.Jobs;

/// <summary>The queue message of a job: only its kind and id; everything else is in its record.</summary>
public sealed record JobMessage(string Kind, string Id)
{
    public string ToJson() => JsonSerializer.Serialize(this, JsonSerializerOptions.Web);

    /// <summary>Null for a message that is not a job message (it is removed, never retried).</summary>
    public static JobMessage? TryParse(string text)
    {
        try
        {
            var message = JsonSerializer.Deserialize<JobMessage>(text, JsonSerializerOptions.Web);
            return message is { Kind.Length: > 0, Id.Length: > 0 } ? message : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
