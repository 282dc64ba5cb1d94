using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Samspill.Bench.Throughput;

/// <summary>
/// The real silo executable (built next to the bench) as a child process on loopback, with the storage settings
/// given; exposes its CPU time and memory so a phase can tell the server's share from the client's.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private SiloProcess(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    /// <summary>CPU time the silo process used so far (user and system, all threads).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>The silo's resident memory now, in bytes.</summary>
    public long WorkingSet
    {
        get
        {
            _process.Refresh();
            return _process.WorkingSet64;
        }
    }

    public static async Task<SiloProcess> StartAsync(TimeSpan timeout, IEnumerable<string> settings)
    {
        var http = FreePort();
        var dll = Path.Combine(AppContext.BaseDirectory, "Samspill.Silo.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var serviceId = $"tp{Guid.NewGuid():N}"[..16];
        foreach (var arg in new[]
                 {
                     "exec", dll, "--urls", $"http://127.0.0.1:{http}",
                     $"--Orleans:SiloPort={FreePort()}", $"--Orleans:GatewayPort={FreePort()}",
                     $"--Orleans:ClusterId={serviceId}", $"--Orleans:ServiceId={serviceId}",
                     "--Authentication:DevTokens:Enabled=true", "--Logging:LogLevel:Default=Warning", "--Email:Enabled=false",
                     // The bench is many callers' worth of load from one process; the abuse limits are not what it measures.
                     "--Limits:PermitLimit=10000000", "--Limits:LookupsPerWindow=10000000",
                     // A queue of 32 publishes on a loaded machine can outlast the 15 s execution timeout; count it as slow, not failed.
                     "--GraphQL:Timeout=00:01:30",
                 })
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var setting in settings) start.ArgumentList.Add(setting);
        // Development for the dev-token endpoint; nothing else in the path depends on it.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment.Remove("KUBERNETES_SERVICE_HOST");
        start.Environment.Remove("OTEL_EXPORTER_OTLP_ENDPOINT");

        var silo = new SiloProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{http}"));
        silo._process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (silo._output) silo._output.Add(e.Data); };
        silo._process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (silo._output) silo._output.Add(e.Data); };
        silo._process.BeginOutputReadLine();
        silo._process.BeginErrorReadLine();
        try
        {
            await silo.WaitReadyAsync(timeout);
        }
        catch
        {
            await silo.DisposeAsync();
            throw;
        }
        return silo;
    }

    private async Task WaitReadyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The silo exited with {_process.ExitCode}:\n{Output()}");
            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The silo was not ready within {timeout.TotalSeconds:0} s:\n{Output()}");
    }

    /// <summary>The last lines the silo printed, for error messages.</summary>
    public string Output()
    {
        lock (_output) return string.Join("\n", _output.TakeLast(40));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15)).ContinueWith(_ => { });
        }
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
