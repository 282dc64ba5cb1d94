using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Samspill.TestSupport;

/// <summary>
/// The built silo (Samspill.Silo.dll) as its own operating-system process in Development, bound to 127.0.0.1 on
/// free ports, so a test can kill it without a graceful shutdown, start another on the same storage, drive the
/// web app it serves, or (a bench) measure what it costs.
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

    /// <summary>What the silo printed so far (standard output and error), for failure messages.</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>Grain state in memory.</summary>
    public static Dictionary<string, string> InMemory() => new() { ["Storage:Provider"] = "Memory" };

    /// <summary>
    /// Grain state in Azure Table Storage at <paramref name="connectionString"/> (an Azurite), under a service and
    /// cluster id of its own, so that the silo starts with no state and joins no other test's cluster.
    /// </summary>
    public static Dictionary<string, string> OnAzurite(string connectionString, string serviceId) => new()
    {
        ["Storage:Provider"] = "AzureTable",
        ["ConnectionStrings:AzureStorage"] = connectionString,
        ["Orleans:ServiceId"] = serviceId,
        ["Orleans:ClusterId"] = serviceId,
    };

    /// <summary>A service id no other silo on the same storage has, e.g. <c>NewServiceId("web")</c>.</summary>
    public static string NewServiceId(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..16];

    /// <summary>
    /// <paramref name="storage"/> for a silo that browsers drive (the web tests, bench/WebLive): the pages of one
    /// municipality may ask faster than one person would.
    /// </summary>
    public static Dictionary<string, string> ForBrowsers(IReadOnlyDictionary<string, string> storage) =>
        new(storage) { ["Limits:PermitLimit"] = "100000" };

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
        var httpPort = FreePort.Next();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = System.IO.Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{httpPort}");
        var all = new Dictionary<string, string>
        {
            ["Orleans:SiloPort"] = FreePort.Next().ToString(),
            ["Orleans:GatewayPort"] = FreePort.Next().ToString(),
            ["Authentication:DevTokens:Enabled"] = "true",
            ["Authentication:DevTokens:SigningKey"] = SharedDevSigningKey,
            ["Logging:LogLevel:Default"] = "Warning",
            // No SMTP server (nor smtp4dev on the shared default ports) unless a test brings its own.
            ["Email:Enabled"] = "false",
            // Absolute links the silo hands out (calendar files, feeds) point at this silo, not the development default port.
            ["PublicSite:BaseUrl"] = $"http://127.0.0.1:{httpPort}",
        };
        foreach (var (k, v) in settings) all[k] = v;
        foreach (var (k, v) in all) info.ArgumentList.Add($"--{k}={v}");
        // Development: the dev "Logg inn" page and POST /auth/dev-token exist only there.
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

    /// <summary>A development token, as the app's sign-in page gets it.</summary>
    public async Task<string> TokenAsync(string role, string? tenant, string? name = null)
    {
        using var response = await Http.PostAsJsonAsync("/auth/dev-token", new { role, tenant, name = name ?? $"{role} {tenant}" });
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

    /// <summary>The data of a GraphQL body, failing the test with the errors when there are any.</summary>
    public static JsonNode Data(JsonObject body)
    {
        if (body["errors"] is JsonArray { Count: > 0 } errors) throw new Xunit.Sdk.XunitException(errors.ToJsonString());
        return body["data"]!;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15)).ContinueWith(_ => { });
        Http.Dispose();
        _process.Dispose();
    }

    /// <summary>The built silo the tests start (its runtimeconfig.json sits beside it).</summary>
    public static string SiloDll()
    {
        // For trying these tests against another working copy's build of the silo.
        if (Environment.GetEnvironmentVariable("SAMSPILL_SILO_DLL") is { Length: > 0 } other) return other;
        // The test's own configuration (Debug/Release) is the silo's: it was built as a reference.
        var configuration = new DirectoryInfo(System.IO.Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var dll = Repository.Path("src", "Silo", "bin", configuration, "net10.0", "Samspill.Silo.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build src/Silo first: {dll} is missing.");
    }
}
