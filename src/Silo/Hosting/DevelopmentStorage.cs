using Samspill.Storage.Azurite;

namespace Samspill.Silo.Hosting;

/// <summary>
/// In Development, starts Azurite (the Azure Storage emulator) when the configured table endpoint does not
/// answer and the connection string is UseDevelopmentStorage=true; stops it when the silo exits.
/// </summary>
public static class DevelopmentStorage
{
    public static async Task<AzuriteProcess?> StartIfNeededAsync(WebApplicationBuilder builder, CancellationToken cancellationToken = default)
    {
        if (!builder.Environment.IsDevelopment() || StorageSetup.Provider(builder.Configuration) != StorageSetup.AzureTable) return null;
        var connectionString = StorageSetup.ConnectionString(builder.Configuration, builder.Environment)!;
        var repoRoot = RepoRoot.Find(AppContext.BaseDirectory) ?? RepoRoot.Find(Directory.GetCurrentDirectory());
        if (repoRoot is null) return null;
        using var loggers = LoggerFactory.Create(l => l.AddSimpleConsole(o => o.SingleLine = true));
        return await AzuriteLauncher.EnsureRunningAsync(connectionString, repoRoot, loggers.CreateLogger("Samspill.Azurite"), cancellationToken);
    }
}
