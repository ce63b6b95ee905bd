// Listens where the Functions host says, as the platform's app does (functions/Hosting/CustomHandlerPort.cs).
var builder = WebApplication.CreateBuilder(args);
if (Environment.GetEnvironmentVariable("FUNCTIONS_CUSTOMHANDLER_PORT") is { Length: > 0 } port)
{
    builder.WebHost.UseUrls("http://127.0.0.1:" + port);
}

var app = builder.Build();
app.MapGet("/health", () => Results.Ok(new { status = "Healthy" }));
app.Run();
