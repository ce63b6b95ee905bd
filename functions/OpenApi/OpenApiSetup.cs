using Microsoft.OpenApi;

namespace DataZones.Functions.OpenApi;

/// <summary>The OpenAPI document (<c>/openapi/v1.json</c>) and Swagger UI (<c>/swagger</c>).</summary>
public static class OpenApiSetup
{
    public const string ApiKeyScheme = "ApiKey";
    public const string BearerScheme = "EntraId";

    public static IServiceCollection AddPlatformOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        return services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "DataZones API",
                Version = "v1",
                Description = "Sector data APIs — finance, medical, transport, ocean. Every zone call is authorised, "
                    + "metered before the answer leaves, billed, and recorded in a tamper-evident ledger. Errors are "
                    + "RFC 9457 problem details whose `type` is stable (see /problems).",
            });
            options.AddSecurityDefinition(ApiKeyScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = "X-Api-Key",
                Description = "A consumer or operator API key, shown once when it is created.",
            });
            options.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A Microsoft Entra ID access token obtained with the OAuth 2.0 client-credentials flow.",
            });
            // Relative: the document describes whichever host serves it (scripts/run, the Functions host, a test).
            options.AddServer(new OpenApiServer { Url = "/", Description = "The host that serves this document." });
            options.CustomOperationIds(OperationIds.For);
            options.OperationFilter<SecurityRequirementsFilter>();
            options.OperationFilter<DocumentedQueryParametersFilter>();
            options.OperationFilter<UntypedResponsesFilter>();
            options.OperationFilter<AnonymousOperationsFilter>();
            options.OperationFilter<TextResponsesFilter>();
            // After the security filters: it adds the problems any operation of a shape can answer.
            options.OperationFilter<ProblemResponsesFilter>();
            options.DocumentFilter<RequestBodyExamplesFilter>();
        });
    }

    public static WebApplication MapPlatformOpenApi(this WebApplication app)
    {
        app.UseSwagger(options => options.RouteTemplate = "openapi/{documentName}.json");
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/openapi/v1.json", "DataZones API v1");
            options.DocumentTitle = "DataZones API";
        });
        return app;
    }
}
