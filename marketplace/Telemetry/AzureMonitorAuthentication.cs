using Azure.Core;
using Azure.Identity;

namespace DataZones.Marketplace.Telemetry;

/// <summary>
/// Entra ID ingestion into Application Insights, configured as the Functions host configures its own:
/// <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c> = <c>Authorization=AAD</c>, with <c>;ClientId=…</c> for a
/// user-assigned identity. The Azure Monitor distro does not read that variable, so the app turns it into the
/// credential the exporter signs in with; a resource with local authentication disabled accepts nothing else.
/// </summary>
public static class AzureMonitorAuthentication
{
    public const string Variable = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    /// <returns>The managed identity to ingest with, or null when the variable is not set (ingestion by key).</returns>
    /// <exception cref="InvalidOperationException">The variable is set but does not ask for Entra ID (AAD).</exception>
    public static TokenCredential? CredentialFrom(string? authenticationString)
    {
        if (string.IsNullOrWhiteSpace(authenticationString)) return null;
        var parts = authenticationString
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.OrdinalIgnoreCase);
        if (!parts.TryGetValue("Authorization", out var scheme) || !string.Equals(scheme, "AAD", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{Variable} must be 'Authorization=AAD' (with ';ClientId=<client id>' for a user-assigned identity).");
        }
        return parts.TryGetValue("ClientId", out var clientId) && !string.IsNullOrWhiteSpace(clientId)
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
    }
}
