using Microsoft.Extensions.Logging.Abstractions;
using Samspill.Silo.Hosting.Development;

namespace Samspill.Silo.Tests.Infrastructure;

/// <summary>A private Azurite (random port, temporary folder) for the process-level tests; never skipped.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private string? _location;

    public AzuriteProcess Azurite { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var root = Repository.Root;
        _location = Directory.CreateTempSubdirectory("samspill-silo-tests-").FullName;
        Azurite = await AzuriteLauncher.StartAsync(root, _location, port: 0, NullLogger.Instance, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        Azurite?.Dispose();
        if (_location is not null && Directory.Exists(_location)) Directory.Delete(_location, recursive: true);
        return Task.CompletedTask;
    }
}
