using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace DataZones.Marketplace.Hosting;

/// <summary>
/// Unhandled exceptions and bare status codes (unknown routes, 405s) become problem details. Outside Development
/// the body never carries exception details; in Development the developer page shows them to the developer.
/// </summary>
public static class ErrorHandling
{
    public static WebApplication UsePlatformErrorHandling(this WebApplication app)
    {
        if (app.Environment.IsDevelopment()) app.UseDeveloperExceptionPage();
        else app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
