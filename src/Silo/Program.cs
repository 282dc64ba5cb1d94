using Samspill.Gateway;
using Samspill.Silo.Hosting;
using Samspill.Storage.Azurite;

var builder = WebApplication.CreateBuilder(args);

AzuriteProcess? azurite;
try
{
    azurite = await DevelopmentStorage.StartIfNeededAsync(builder);
}
catch (AzuriteUnavailableException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 1;
}

var mail = DevelopmentMail.StartIfNeeded(builder);
if (mail is not null) builder.Services.AddSingleton(mail);

try
{
    // The gateway first: its live broadcaster replaces the silent default the domain registers.
    builder.Services.AddGateway(builder.Configuration, builder.Environment);
    builder.AddSamspillSilo();
    builder.AddGracefulShutdown();
}
catch (Exception ex) when (ex is SiloConfigurationException or GatewayConfigurationException)
{
    Console.Error.WriteLine(ex.Message);
    azurite?.Dispose();
    mail?.Dispose();
    return 1;
}

var app = builder.Build();
app.MapHealthEndpoints();
app.MapGateway();
app.MapSamspillDashboard();
app.PrintWhenReady();
if (azurite is not null) app.Lifetime.ApplicationStopped.Register(azurite.Dispose);
if (mail is not null) app.Lifetime.ApplicationStopped.Register(mail.Dispose);

await app.RunAsync();
return 0;

/// <summary>The silo host; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
