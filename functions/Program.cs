using DataZones.Functions.Health;
using DataZones.Functions.Hosting;
using DataZones.Functions.OpenApi;
using DataZones.Functions.Scheduling;
using DataZones.Marketplace.Hosting;
using DataZones.Marketplace.Mcp;
using DataZones.Marketplace.Telemetry;
using DataZones.Zones.Finance;
using DataZones.Zones.Medical;
using DataZones.Zones.Ocean;
using DataZones.Zones.Transport;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseCustomHandlerPortWhenSet(builder.Configuration);
builder.WebHost.UsePlatformRequestLimits();

builder.Services
    .AddMarketplace(builder.Configuration)
    .AddPlatformTelemetry(builder.Configuration)
    .AddFinanceZone(builder.Configuration)
    .AddMedicalZone(builder.Configuration)
    .AddOceanZone(builder.Configuration)
    .AddTransportZone(builder.Configuration)
    .AddPlatformMcp(builder.Configuration)
    .AddPlatformHealthChecks()
    .AddPlatformOpenApi()
    .AddJobScheduling(builder.Configuration);

var app = builder.Build();

app.UseMarketplace();
app.MapPlatformOpenApi();
app.MapPlatformHealth();
app.MapMarketplace();
app.MapFinanceZone();
app.MapMedicalZone();
app.MapOceanZone();
app.MapTransportZone();
app.MapPlatformMcp(); // after the zones: their paid endpoints are its tools
app.MapJobTriggers();

app.Run();

/// <summary>The entry point, visible to the in-process test host.</summary>
public partial class Program;
