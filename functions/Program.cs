var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.Run();

/// <summary>The entry point, visible to the in-process test host.</summary>
public partial class Program;
