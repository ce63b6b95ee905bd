using DataZones.Functions.Health;
using DataZones.Functions.Hosting;
using DataZones.Functions.OpenApi;
using DataZones.Functions.Scheduling;
using DataZones.Marketplace.Hosting;
using DataZones.Marketplace.Ids;
using DataZones.Marketplace.Problems;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseCustomHandlerPortWhenSet(builder.Configuration);

builder.Services
    .AddSingleton(TimeProvider.System)
    .AddSingleton<IIdGenerator, SortableIdGenerator>()
    .AddPlatformProblemDetails()
    .AddPlatformStorage(builder.Configuration)
    .AddPlatformHealthChecks()
    .AddPlatformOpenApi();

var app = builder.Build();

app.UseMiddleware<RequestIdMiddleware>();
app.UsePlatformErrorHandling();
app.MapPlatformOpenApi();
app.MapPlatformHealth();
app.MapProblemCatalog();
app.MapScheduledJobs();

app.Run();

/// <summary>The entry point, visible to the in-process test host.</summary>
public partial class Program;
