using Samspill.Gateway;
using Samspill.Silo.Hosting;

var builder = WebApplication.CreateBuilder(args);

// The gateway first: its live broadcaster replaces the silent default the domain registers.
builder.Services.AddGateway(builder.Configuration, builder.Environment);
builder.AddSamspillSilo();

var app = builder.Build();

app.MapHealthEndpoints();
app.MapGateway();

app.Run();

/// <summary>The silo host; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
