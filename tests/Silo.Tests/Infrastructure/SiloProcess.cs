using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Samspill.Silo.Hosting.Development;

namespace Samspill.Silo.Tests.Infrastructure;

/// <summary>
/// A silo as its own operating-system process (the built Samspill.Silo.dll), bound to 127.0.0.1, so a test can
/// kill it without a graceful shutdown and start another on the same storage.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    /// <summary>DEV ONLY key shared by the silos of one test so a token from one is valid at all.</summary>
    public static readonly string SharedDevSigningKey = Convert.ToBase64String(Encoding.UTF8.GetBytes("samspill-tests-only-dev-signing-key!!"));

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SiloProcess(Process process, int httpPort)
    {
        _process = process;
        HttpPort = httpPort;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}"), Timeout = TimeSpan.FromSeconds(90) };
        process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int HttpPort { get; }
    public Uri BaseAddress => Http.BaseAddress!;
    public HttpClient Http { get; }
    public int ProcessId => _process.Id;
    public bool HasExited => _process.HasExited;

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>Starts a silo with the given configuration (as --Key=Value arguments) and waits until it is ready.</summary>
    public static async Task<SiloProcess> StartAsync(
        IDictionary<string, string> settings, TimeSpan? readyTimeout = null, IDictionary<string, string>? environment = null)
    {
        var silo = Launch(settings, environment);
        try
        {
            await silo.WaitReadyAsync(readyTimeout ?? TimeSpan.FromSeconds(90));
        }
        catch
        {
            await silo.DisposeAsync();
            throw;
        }
        return silo;
    }

    /// <summary>Starts a silo process without waiting for it (for configurations it must refuse).</summary>
    public static SiloProcess Launch(IDictionary<string, string> settings, IDictionary<string, string>? environment = null)
    {
        var dll = SiloDll();
        var httpPort = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{httpPort}");
        var all = new Dictionary<string, string>
        {
            ["Orleans:SiloPort"] = FreePort().ToString(),
            ["Orleans:GatewayPort"] = FreePort().ToString(),
            ["Authentication:DevTokens:Enabled"] = "true",
            ["Authentication:DevTokens:SigningKey"] = SharedDevSigningKey,
            ["Logging:LogLevel:Default"] = "Warning",
            // No SMTP server (nor smtp4dev) unless a test brings its own.
            ["Email:Enabled"] = "false",
        };
        foreach (var (k, v) in settings) all[k] = v;
        foreach (var (k, v) in all) info.ArgumentList.Add($"--{k}={v}");
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["DOTNET_ENVIRONMENT"] = "Development";
        // A test runner inside a pod must not turn the silo into a Kubernetes-hosted one, nor export its telemetry.
        info.Environment.Remove("KUBERNETES_SERVICE_HOST");
        info.Environment.Remove("OTEL_EXPORTER_OTLP_ENDPOINT");
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) info.Environment[k] = v;

        return new SiloProcess(Process.Start(info)!, httpPort);
    }

    /// <summary>Waits for the process to end by itself; its exit code, or null if it still runs after the timeout.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Settings for a single silo on the given Azurite.</summary>
    public static Dictionary<string, string> OnAzurite(AzuriteProcess azurite, string serviceId) => new()
    {
        ["Storage:Provider"] = "AzureTable",
        ["ConnectionStrings:AzureStorage"] = azurite.ConnectionString,
        ["Orleans:ServiceId"] = serviceId,
        ["Orleans:ClusterId"] = serviceId,
    };

    public async Task WaitReadyAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The silo exited with {_process.ExitCode}:\n{Output}");
            try
            {
                using var response = await Http.GetAsync("/health/ready");
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The silo was not ready within {timeout}:\n{Output}");
    }

    /// <summary>SIGKILL: no graceful shutdown, nothing flushed.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    /// <summary>SIGTERM, as Kubernetes or Ctrl+C would send; returns the exit code, or null if it did not exit in time.</summary>
    public async Task<int?> TerminateAsync(TimeSpan timeout)
    {
        SendTerminate();
        return await WaitForExitAsync(timeout);
    }

    /// <summary>SIGTERM without waiting.</summary>
    public void SendTerminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString()])!;
        kill.WaitForExit();
    }

    public async Task<string> TokenAsync(string role, string? tenant)
    {
        using var response = await Http.PostAsJsonAsync("/auth/dev-token", new { role, tenant, name = $"{role} {tenant}" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>POST /graphql and return the parsed body.</summary>
    public async Task<JsonObject> GraphQLAsync(string query, object? variables, string? token, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        using var response = await Http.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        Http.Dispose();
        _process.Dispose();
        await Task.CompletedTask;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string SiloDll()
    {
        var root = RepoRoot.Find(AppContext.BaseDirectory) ?? throw new InvalidOperationException("Repository root not found.");
        // The test's own configuration (Debug/Release) is the silo's: it was built as a reference.
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var dll = Path.Combine(root, "src", "Silo", "bin", configuration, "net10.0", "Samspill.Silo.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build src/Silo first: {dll} is missing.");
    }
}
