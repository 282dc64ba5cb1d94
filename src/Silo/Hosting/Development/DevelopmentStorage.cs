using Samspill.Silo.Storage;

namespace Samspill.Silo.Hosting.Development;

/// <summary>
/// In Development, starts Azurite (the Azure Storage emulator) when the configured table endpoint does not
/// answer and the connection string is UseDevelopmentStorage=true; stops it when the silo exits.
/// </summary>
public static class DevelopmentStorage
{
    public static async Task<AzuriteProcess?> StartIfNeededAsync(WebApplicationBuilder builder, CancellationToken cancellationToken = default)
    {
        if (!builder.Environment.IsDevelopment()) return null;
        if (StorageSetup.Account(builder.Configuration, builder.Environment)?.ConnectionString is not { } connectionString) return null;
        var repoRoot = RepoRoot.Find(AppContext.BaseDirectory) ?? RepoRoot.Find(Directory.GetCurrentDirectory());
        if (repoRoot is null) return null;
        using var loggers = LoggerFactory.Create(l => l.AddSimpleConsole(o => o.SingleLine = true));
        return await AzuriteLauncher.EnsureRunningAsync(connectionString, repoRoot, loggers.CreateLogger("Samspill.Azurite"), cancellationToken);
    }
}
