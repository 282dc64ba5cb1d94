using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;
using Samspill.Silo.Hosting.Development;

namespace Samspill.Web.Tests.Infrastructure;

/// <summary>
/// One real silo process (Development, free loopback ports, grain state on a private Azurite) serving the built web
/// app, and one headless Chromium: shared by every browser test, which each open their own browser contexts.
/// </summary>
public sealed class WebAppFixture : IAsyncLifetime
{
    /// <summary>The machine is shared by several builds and test runs: expectations wait generously, never by sleeping.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    private string? _azuriteLocation;
    private AzuriteProcess? _azurite;
    private IPlaywright? _playwright;

    public SiloProcess Silo { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public Uri BaseAddress => Silo.BaseAddress;

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout((float)Patience.TotalMilliseconds);
        _azuriteLocation = Directory.CreateTempSubdirectory("samspill-web-tests-").FullName;
        _azurite = await AzuriteLauncher.StartAsync(Repository.Root, _azuriteLocation, port: 0, NullLogger.Instance, CancellationToken.None);
        Silo = await SiloProcess.StartAsync(
            SiloProcess.ForBrowsers(SiloProcess.OnAzurite(_azurite.ConnectionString, SiloProcess.NewServiceId("web"))), TimeSpan.FromSeconds(120));
        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    /// <summary>A fresh browser profile (no token, no storage) in Norwegian, on Oslo time, pointed at the silo.</summary>
    public async Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "nb-NO",
            TimezoneId = "Europe/Oslo",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout((float)Patience.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)Patience.TotalMilliseconds);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (Silo is not null) await Silo.DisposeAsync();
        _azurite?.Dispose();
        if (_azuriteLocation is not null && Directory.Exists(_azuriteLocation))
        {
            try { Directory.Delete(_azuriteLocation, recursive: true); } catch (IOException) { }
        }
    }
}

/// <summary>Every browser test shares one silo and one browser, and runs one at a time (the machine is shared).</summary>
[CollectionDefinition(Name)]
public sealed class WebAppCollection : ICollectionFixture<WebAppFixture>
{
    public const string Name = "web app";
}
