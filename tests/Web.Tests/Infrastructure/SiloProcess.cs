using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Samspill.Silo.Hosting.Development;

namespace Samspill.Web.Tests.Infrastructure;

/// <summary>
/// The built silo (Samspill.Silo.dll, which serves the built web app) as its own operating-system process in
/// Development, bound to 127.0.0.1 on free ports, with grain state on the given Azurite.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SiloProcess(Process process, int httpPort)
    {
        _process = process;
        HttpPort = httpPort;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}"), Timeout = TimeSpan.FromSeconds(60) };
        process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int HttpPort { get; }
    public Uri BaseAddress => Http.BaseAddress!;
    public HttpClient Http { get; }

    /// <summary>What the silo printed so far (standard output and error), for failure messages.</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>Grain state in Azure Table Storage on the given Azurite.</summary>
    public static Dictionary<string, string> OnAzurite(AzuriteProcess azurite) => new()
    {
        ["Storage:Provider"] = "AzureTable",
        ["ConnectionStrings:AzureStorage"] = azurite.ConnectionString,
    };

    /// <summary>Grain state in memory (benchmarks of the browser side only).</summary>
    public static Dictionary<string, string> InMemory() => new() { ["Storage:Provider"] = "Memory" };

    /// <summary>Starts the silo with <paramref name="storage"/> settings and waits for /health/ready.</summary>
    public static async Task<SiloProcess> StartAsync(IDictionary<string, string> storage, TimeSpan readyTimeout)
    {
        var serviceId = $"web{Guid.NewGuid():N}"[..16];
        var settings = new Dictionary<string, string>
        {
            ["Orleans:ServiceId"] = serviceId,
            ["Orleans:ClusterId"] = serviceId,
            ["Orleans:SiloPort"] = FreePort().ToString(),
            ["Orleans:GatewayPort"] = FreePort().ToString(),
            // Browser pages of one municipality may ask faster than one person would.
            ["Limits:PermitLimit"] = "100000",
            ["Logging:LogLevel:Default"] = "Warning",
            // No SMTP server (nor smtp4dev on the shared default ports): the browser tests read what the pages say.
            ["Email:Enabled"] = "false",
        };
        // The caller's settings win: storage, or e-mail to a test SMTP server.
        foreach (var (k, v) in storage) settings[k] = v;
        var silo = Launch(settings);
        try
        {
            await silo.WaitReadyAsync(readyTimeout);
        }
        catch
        {
            await silo.DisposeAsync();
            throw;
        }
        return silo;
    }

    private static SiloProcess Launch(IDictionary<string, string> settings)
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
        foreach (var (k, v) in settings) info.ArgumentList.Add($"--{k}={v}");
        // Absolute links the silo hands out (calendar files, feeds) point at this silo, not the development default port.
        if (!settings.ContainsKey("PublicSite:BaseUrl")) info.ArgumentList.Add($"--PublicSite:BaseUrl=http://127.0.0.1:{httpPort}");
        // Development: the dev "Logg inn" page and POST /auth/dev-token exist only there.
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["DOTNET_ENVIRONMENT"] = "Development";
        info.Environment.Remove("KUBERNETES_SERVICE_HOST");
        info.Environment.Remove("OTEL_EXPORTER_OTLP_ENDPOINT");
        return new SiloProcess(Process.Start(info)!, httpPort);
    }

    private async Task WaitReadyAsync(TimeSpan timeout)
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

    /// <summary>A development token, as the app's sign-in page gets it.</summary>
    public async Task<string> TokenAsync(string role, string? tenant, string name)
    {
        using var response = await Http.PostAsJsonAsync("/auth/dev-token", new { role, tenant, name });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>POST /graphql and return the parsed body.</summary>
    public async Task<JsonObject> GraphQLAsync(string query, object? variables, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Http.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15)).ContinueWith(_ => { });
        Http.Dispose();
        _process.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string SiloDll()
    {
        // For trying these tests against another working copy's build of the silo.
        if (Environment.GetEnvironmentVariable("SAMSPILL_SILO_DLL") is { Length: > 0 } other) return other;
        var root = Repository.Root;
        // The test's own configuration (Debug/Release) is the silo's: it was built as a reference.
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var dll = Path.Combine(root, "src", "Silo", "bin", configuration, "net10.0", "Samspill.Silo.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build src/Silo first: {dll} is missing.");
    }
}
