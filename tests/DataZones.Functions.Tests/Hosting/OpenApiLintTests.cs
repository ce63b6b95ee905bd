using System.Diagnostics;
using DataZones.Functions.Tests.Packaging;

namespace DataZones.Functions.Tests.Hosting;

/// <summary>
/// The live OpenAPI document linted with Redocly CLI (pinned in package.json, installed by scripts/test) under the
/// repository's redocly.yaml: the recommended rules, with operation ids, summaries, success and problem answers and
/// valid examples raised to errors.
/// </summary>
public sealed class OpenApiLintTests : IClassFixture<AppFactory>
{
    private static readonly TimeSpan LintTimeout = TimeSpan.FromMinutes(2);
    private readonly AppFactory factory;

    public OpenApiLintTests(AppFactory factory) => this.factory = factory;

    [Fact]
    public async Task OpenApiDocument_PassesRedoclyLint_WithoutErrors()
    {
        var redocly = Path.Combine(RepositoryRoot.Path, "node_modules", ".bin", "redocly");
        Assert.True(File.Exists(redocly), $"Redocly CLI is not installed at {redocly}; run npm ci (scripts/test does).");
        using var client = factory.CreateClient();
        var document = Path.Combine(Path.GetTempPath(), $"datazones-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(document, await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        try
        {
            var (exitCode, output) = await RunAsync(redocly, "lint", document, "--config", Path.Combine(RepositoryRoot.Path, "redocly.yaml"), "--format", "stylish");
            Assert.True(exitCode == 0, "redocly lint failed:\n" + output);
        }
        finally
        {
            File.Delete(document);
        }
    }

    [Fact]
    public async Task AnOperationWithoutASuccessOrRedirectAnswer_FailsTheLint_AndARedirectPasses()
    {
        var redocly = Path.Combine(RepositoryRoot.Path, "node_modules", ".bin", "redocly");
        var config = Path.Combine(RepositoryRoot.Path, "redocly.yaml");

        var (failing, output) = await LintAsync(redocly, config, "404");
        var (passing, redirectOutput) = await LintAsync(redocly, config, "307");

        Assert.NotEqual(0, failing);
        Assert.Contains("operation-success-response", output, StringComparison.Ordinal);
        Assert.DoesNotContain("operation-success-response", redirectOutput, StringComparison.Ordinal);
        _ = passing;
    }

    /// <summary>Lints a one-operation document whose only answer is <paramref name="status"/>.</summary>
    private static async Task<(int ExitCode, string Output)> LintAsync(string redocly, string config, string status)
    {
        var document = Path.Combine(Path.GetTempPath(), $"datazones-openapi-control-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(document, """
            {"openapi": "3.0.4", "info": {"title": "control", "version": "1"}, "servers": [{"url": "/"}],
             "paths": {"/x": {"get": {"operationId": "getX", "summary": "x", "security": [{}],
               "responses": {"STATUS": {"description": "d"}, "400": {"description": "bad", "content": {"application/problem+json": {"schema": {"type": "object"}}}}}}}}}
            """.Replace("STATUS", status, StringComparison.Ordinal));
        try
        {
            return await RunAsync(redocly, "lint", document, "--config", config, "--format", "stylish");
        }
        finally
        {
            File.Delete(document);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryRoot.Path };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // No usage reporting from a test run.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(LintTimeout);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
