using System.Text.Json;
using DataZones.Marketplace.Access;
using DataZones.Marketplace.Catalog;
using DataZones.Marketplace.Consumers;
using DataZones.Marketplace.Identifiers;
using DataZones.Marketplace.Subscriptions;
using Microsoft.Extensions.Options;

namespace DataZones.Marketplace.Demo;

/// <summary>
/// Development only: an operator key and three demo consumers — a bank, an insurer and a research institute — each
/// subscribed to every listed product (approved, the research institute with the elevated grade). The keys are
/// printed once to the console and written to the demo credentials file, the only places they ever appear.
/// </summary>
public sealed class DemoCredentialsSeeder(
    ApiKeyService keys,
    ConsumerService consumers,
    SubscriptionService subscriptions,
    CatalogService catalog,
    TimeProvider time,
    IOptions<DemoOptions> options) : IDemoDataSeeder
{
    private const string Actor = "system:demo";

    private static readonly (string Name, string Kind, string CodePrefix)[] DemoConsumers =
    [
        ("Qingdao Harbour Bank (demo)", "bank", "91370202MA3C8XQL0"),
        ("Jiaozhou Bay Insurance (demo)", "insurer", "91370211MA3D4KPN2"),
        ("Yellow Sea Ocean Research Institute (demo)", "research", "12370200MB1A2C3D4"),
    ];

    public string Name => "credentials";

    public int Order => 0;

    public async Task SeedAsync(IProgress<string> progress, CancellationToken cancellationToken)
    {
        var operatorKey = await keys.CreateAsync(new ApiKeyOwner("operator", [Roles.Operator]), Actor, cancellationToken)
            ?? throw new InvalidOperationException("The demo operator already has two active keys; delete .data/ to start afresh.");
        var written = new List<object>();
        var products = (await catalog.ListAsync(cancellationToken)).Where(p => p.Listed).ToList();
        foreach (var (name, kind, prefix) in DemoConsumers)
        {
            var consumer = await consumers.RegisterAsync(name, kind, UnifiedSocialCreditCodeValidator.Complete(prefix), Actor, cancellationToken);
            var key = await keys.CreateAsync(new ApiKeyOwner(consumer.Id, [Roles.Consumer]), Actor, cancellationToken);
            foreach (var product in products)
            {
                var (_, subscription) = await subscriptions.RequestAsync(consumer.Id, product.Id, product.PlansAt(time.GetUtcNow())[0].Id, Actor, cancellationToken);
                if (subscription is { Status: SubscriptionStatus.Requested })
                {
                    await subscriptions.TransitionAsync(consumer.Id, subscription.Id, SubscriptionStatus.Active, Actor, "demo", kind == "research", cancellationToken);
                }
            }
            written.Add(new { name, kind, consumerId = consumer.Id, apiKey = key!.Value.Key });
            progress.Report($"{name}: subscribed to {products.Count} products");
        }
        var document = new { @operator = new { apiKey = operatorKey.Key }, consumers = written };
        var json = JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true });
        if (options.Value.CredentialsFile is { Length: > 0 } file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            // Written beside it, owner-only from the start, then moved into place: a reader (scripts/run, a test)
            // sees no file or the whole file, never a half-written one.
            var partial = file + ".partial";
            var create = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            await using (var stream = new FileStream(partial, create))
            {
                await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(json), cancellationToken);
            }
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(partial, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.Move(partial, file, overwrite: true);
        }
        // Printed to the console, not logged: log sinks must never receive a key, and these are shown once on purpose.
        Console.WriteLine($"\nDemo credentials (shown once; kept in {options.Value.CredentialsFile ?? "no file"}):\n{json}\n");
    }
}
