using System.Text.RegularExpressions;
using System.Text.Json.Nodes;

namespace DataZones.Infra.Tests;

/// <summary>Every role assignment is for the identity the function app runs as, and the app uses that identity.</summary>
public sealed partial class RoleAssignmentTests
{
    [Fact]
    public async Task EveryRoleAssignment_NamesTheIdentityTheAppRunsAs()
    {
        var template = await CompiledTemplate.Main;
        var appIdentity = AppIdentity(template);
        var assignments = template.Resources("Microsoft.Authorization/roleAssignments").ToList();

        Assert.NotEmpty(assignments);
        foreach (var (scope, assignment) in assignments)
        {
            var principal = (string?)assignment["properties"]!["principalId"] ?? "";
            var match = IdentityPrincipal().Match(principal);
            Assert.True(match.Success, $"{scope.Path} {assignment["name"]}: principalId is not a user-assigned identity's: {principal}");
            Assert.Equal(appIdentity, scope.Passed(match.Groups["parameter"].Value));
            Assert.Equal("ServicePrincipal", (string?)assignment["properties"]!["principalType"]);
        }
    }

    [Fact]
    public async Task TheApp_SignsInAsThatIdentity_Everywhere()
    {
        var template = await CompiledTemplate.Main;
        var (scope, site) = template.Resources("Microsoft.Web/sites").Single();
        var parameter = IdentityParameter(site);
        var clientId = $"reference(resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', parameters('{parameter}')), ";

        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
        foreach (var name in new[] { "AzureWebJobsStorage__clientId", "Storage__ManagedIdentityClientId", "Storage__clientId", "APPLICATIONINSIGHTS_AUTHENTICATION_STRING" })
        {
            var value = (string?)template.AppSettings[name] ?? "";
            Assert.True(value.Contains(clientId, StringComparison.Ordinal) && value.Contains(").clientId", StringComparison.Ordinal), $"{name} does not name the app's identity: {value}");
        }
        var identityId = $"[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', parameters('{parameter}'))]";
        Assert.Equal(identityId, (string?)site["properties"]!["keyVaultReferenceIdentity"]);
        Assert.Equal(identityId, (string?)site["properties"]!["functionAppConfig"]!["deployment"]!["storage"]!["authentication"]!["userAssignedIdentityResourceId"]);
        Assert.NotNull(scope.Passed(parameter));
    }

    /// <summary>The expression the main template passes as the function app's identity name.</summary>
    private static string AppIdentity(CompiledTemplate template)
    {
        var (scope, site) = template.Resources("Microsoft.Web/sites").Single();
        return scope.Passed(IdentityParameter(site)) ?? throw new InvalidOperationException("The function app's identity is not passed in.");
    }

    /// <summary>The parameter naming the one user-assigned identity the site runs as.</summary>
    private static string IdentityParameter(JsonObject site)
    {
        var identities = site["identity"]!["userAssignedIdentities"]!.AsObject();
        Assert.Single(identities);
        var match = IdentityReference().Match(identities.Single().Key);
        Assert.True(match.Success, $"The site's identity is not a user-assigned identity named by a parameter: {identities.Single().Key}");
        return match.Groups["parameter"].Value;
    }

    [GeneratedRegex(@"^\[reference\(resourceId\('Microsoft\.ManagedIdentity/userAssignedIdentities', parameters\('(?<parameter>\w+)'\)\), '[\d-]+'\)\.principalId\]$")]
    private static partial Regex IdentityPrincipal();

    [GeneratedRegex(@"resourceId\('Microsoft\.ManagedIdentity/userAssignedIdentities', parameters\('(?<parameter>\w+)'\)\)")]
    private static partial Regex IdentityReference();
}
