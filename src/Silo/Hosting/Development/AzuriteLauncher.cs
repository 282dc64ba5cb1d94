using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Samspill.Silo.Hosting.Development;

/// <summary>Starts Azurite's table service from the repository's pinned npm package, for development, tests and benchmarks.</summary>
public static class AzuriteLauncher
{
    /// <summary>The table port <c>UseDevelopmentStorage=true</c> points at.</summary>
    public const int DevelopmentTablePort = 10002;

    // Generous: on a loaded shared machine Node alone can take tens of seconds to start.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan NpmCiTimeout = TimeSpan.FromMinutes(5);
    private static readonly SemaphoreSlim NpmCiLock = new(1, 1);

    /// <summary>
    /// For <c>UseDevelopmentStorage=true</c> with nothing listening on 127.0.0.1:10002, starts Azurite there with
    /// its data in &lt;repoRoot&gt;/.data/azurite and returns it (dispose to stop it). Returns null when the
    /// connection string points elsewhere or something already answers on the port.
    /// </summary>
    /// <exception cref="AzuriteUnavailableException">Node.js is missing, npm ci failed, or Azurite did not start.</exception>
    public static async Task<AzuriteProcess?> EnsureRunningAsync(string connectionString, string repoRoot, ILogger logger, CancellationToken cancellationToken)
    {
        if (!IsDevelopmentStorage(connectionString)) return null;
        if (await LoopbackPort.AnswersAsync(DevelopmentTablePort, TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false))
        {
            logger.LogInformation("Using the Azure Storage emulator already listening on 127.0.0.1:{Port}", DevelopmentTablePort);
            return null;
        }
        return await StartAsync(repoRoot, Path.Combine(repoRoot, ".data", "azurite"), DevelopmentTablePort, logger, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts Azurite's table service on 127.0.0.1:<paramref name="port"/> (0: a free port) with data in <paramref name="location"/>.</summary>
    /// <exception cref="AzuriteUnavailableException">Node.js is missing, npm ci failed, or Azurite did not start.</exception>
    public static Task<AzuriteProcess> StartAsync(string repoRoot, string location, int port, ILogger logger, CancellationToken cancellationToken) =>
        StartAsync(repoRoot, location, port, logger, searchPath: null, cancellationToken);

    internal static async Task<AzuriteProcess> StartAsync(string repoRoot, string location, int port, ILogger logger, string? searchPath, CancellationToken cancellationToken)
    {
        var node = NodeTools.Find("node", searchPath) ?? throw new AzuriteUnavailableException(AzuriteUnavailableException.NodeMissingMessage);
        var entryPoint = await EnsureInstalledAsync(repoRoot, logger, searchPath, cancellationToken).ConfigureAwait(false);
        Directory.CreateDirectory(location);
        if (port != 0) return await LaunchAsync(repoRoot, node, entryPoint, location, port, logger, cancellationToken).ConfigureAwait(false);
        // A port we chose can be taken by another process before Azurite binds it (tests start many listeners at once):
        // then Azurite exits at start, and another free port is tried.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await LaunchAsync(repoRoot, node, entryPoint, location, LoopbackPort.GetFree(), logger, cancellationToken).ConfigureAwait(false);
            }
            catch (AzuriteExitedException) when (attempt < 3)
            {
            }
        }
    }

    private static async Task<AzuriteProcess> LaunchAsync(string repoRoot, string node, string entryPoint, string location, int port, ILogger logger, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(node)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
            WorkingDirectory = repoRoot,
        };
        foreach (var arg in new[]
        {
            entryPoint,
            "--tableHost", "127.0.0.1",
            "--tablePort", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--location", location,
            "--skipApiVersionCheck",
            // Azurite reports usage to Microsoft unless told not to; this machine must not call out.
            "--disableTelemetry",
            "--silent",
        })
        {
            startInfo.ArgumentList.Add(arg);
        }

        var process = Process.Start(startInfo) ?? throw new AzuriteUnavailableException($"Could not start {node}.");
        var output = new ProcessOutputTail();
        // Started means Azurite itself says so: a bare TCP answer on the port may come from another process that took it.
        var startedLine = $"successfully started on 127.0.0.1:{port}";
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        output.Attach(process, line =>
        {
            logger.LogDebug("azurite: {Line}", line);
            if (line.Contains(startedLine, StringComparison.Ordinal)) started.TrySetResult();
        });
        var azurite = new AzuriteProcess(process, output, port, location);
        try
        {
            await WaitUntilAnsweringAsync(azurite, started.Task, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            azurite.Dispose();
            throw;
        }
        logger.LogInformation("Started Azurite table service (pid {Pid}) on 127.0.0.1:{Port}, data in {Location}", azurite.ProcessId, port, location);
        return azurite;
    }

    internal static bool IsDevelopmentStorage(string connectionString) =>
        connectionString.Replace(" ", "", StringComparison.Ordinal).Contains("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase);

    private static async Task WaitUntilAnsweringAsync(AzuriteProcess azurite, Task started, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (!started.IsCompleted || !await LoopbackPort.AnswersAsync(azurite.Port, TimeSpan.FromMilliseconds(500), cancellationToken).ConfigureAwait(false))
        {
            if (azurite.HasExited)
            {
                throw new AzuriteExitedException($"Azurite exited before listening on 127.0.0.1:{azurite.Port}: {LastLine(azurite.RecentOutput)}");
            }
            if (deadline.Elapsed > StartTimeout)
            {
                throw new AzuriteUnavailableException($"Azurite did not listen on 127.0.0.1:{azurite.Port} within {StartTimeout.TotalSeconds:0} s: {LastLine(azurite.RecentOutput)}");
            }
            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs <c>npm ci</c> when the pinned package is missing, and returns the table service's entry script.</summary>
    private static async Task<string> EnsureInstalledAsync(string repoRoot, ILogger logger, string? searchPath, CancellationToken cancellationToken)
    {
        var packageJson = Path.Combine(repoRoot, "node_modules", "azurite", "package.json");
        if (!File.Exists(packageJson))
        {
            await NpmCiLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (!File.Exists(packageJson)) await RunNpmCiAsync(repoRoot, logger, searchPath, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                NpmCiLock.Release();
            }
        }

        // The package's own "bin" map names the script, so a version bump that moves it keeps working.
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(packageJson, cancellationToken).ConfigureAwait(false));
        var relative = document.RootElement.GetProperty("bin").GetProperty("azurite-table").GetString()
            ?? throw new AzuriteUnavailableException($"{packageJson} names no azurite-table script.");
        return Path.GetFullPath(Path.Combine(Path.GetDirectoryName(packageJson)!, relative));
    }

    private static async Task RunNpmCiAsync(string repoRoot, ILogger logger, string? searchPath, CancellationToken cancellationToken)
    {
        var npm = NodeTools.Find("npm", searchPath) ?? throw new AzuriteUnavailableException(AzuriteUnavailableException.NodeMissingMessage);
        logger.LogInformation("node_modules/azurite is missing: running npm ci in {RepoRoot}", repoRoot);
        var startInfo = new ProcessStartInfo(npm)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
            WorkingDirectory = repoRoot,
        };
        foreach (var arg in new[] { "ci", "--no-audit", "--no-fund" }) startInfo.ArgumentList.Add(arg);

        using var process = Process.Start(startInfo) ?? throw new AzuriteUnavailableException($"Could not start {npm}.");
        var output = new ProcessOutputTail();
        output.Attach(process, line => logger.LogDebug("npm: {Line}", line));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(NpmCiTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            if (cancellationToken.IsCancellationRequested) throw;
            throw new AzuriteUnavailableException($"npm ci in {repoRoot} did not finish within {NpmCiTimeout.TotalMinutes:0} minutes.");
        }
        if (process.ExitCode != 0)
        {
            throw new AzuriteUnavailableException($"npm ci in {repoRoot} failed with exit code {process.ExitCode}: {LastLine(output.Text)}");
        }
    }

    private static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "(no output)";
}
