using Samspill.Gateway;
using Samspill.Silo.Hosting;
using Samspill.Silo.Hosting.Development;
using Samspill.Silo.Storage;

var builder = WebApplication.CreateBuilder(args);

AzuriteProcess? azurite = null;
DevelopmentMail? mail = null;
try
{
    azurite = await DevelopmentStorage.StartIfNeededAsync(builder);
    if (StorageSetup.Account(builder.Configuration, builder.Environment) is { } account && await LegacyStateCheck.FindsLegacyStateAsync(account))
        throw new SiloConfigurationException(LegacyStateCheck.Message);

    mail = DevelopmentMail.StartIfNeeded(builder);
    if (mail is not null) builder.Services.AddSingleton(mail);

    // The gateway first: its live broadcaster replaces the silent default the domain registers.
    builder.Services.AddGateway(builder.Configuration, builder.Environment);
    builder.AddSamspillSilo();
    builder.AddGracefulShutdown();
}
catch (Exception ex) when (ex is SiloConfigurationException or GatewayConfigurationException or AzuriteUnavailableException)
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
