using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Samspill.Silo.Tests.Infrastructure;

/// <summary>
/// A private redis-server (loopback, free port, temporary folder, nothing saved) for the cluster tests. Never
/// skipped: without redis-server the tests fail and say how to install it (.ci/run installs it in CI).
/// </summary>
public sealed class RedisServer : IDisposable
{
    private readonly Process _process;
    private readonly string _directory;

    private RedisServer(Process process, string directory, int port)
    {
        _process = process;
        _directory = directory;
        Port = port;
    }

    public int Port { get; }
    public string ConnectionString => $"127.0.0.1:{Port}";

    public static string? Executable() =>
        new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).Select(d => Path.Combine(d, "redis-server")))
            .FirstOrDefault(File.Exists);

    public static async Task<RedisServer> StartAsync()
    {
        var executable = Executable() ?? throw new InvalidOperationException(
            "redis-server is not installed, so the cluster tests cannot run" +
            (Environment.GetEnvironmentVariable("CI") == "true" ? " (CI: .ci/run should have installed it with apt-get)." : ": apt-get install -y redis-server."));
        var directory = Directory.CreateTempSubdirectory("samspill-redis-").FullName;
        var port = FreePort.Next();
        var info = new ProcessStartInfo(executable)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", directory })
            info.ArgumentList.Add(arg);
        var server = new RedisServer(Process.Start(info)!, directory, port);
        server._process.OutputDataReceived += (_, _) => { };
        server._process.ErrorDataReceived += (_, _) => { };
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        await server.WaitForPongAsync(TimeSpan.FromSeconds(30));
        return server;
    }

    private async Task WaitForPongAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"redis-server exited with {_process.ExitCode}.");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port);
                var stream = client.GetStream();
                await stream.WriteAsync("PING\r\n"u8.ToArray());
                var buffer = new byte[64];
                var read = await stream.ReadAsync(buffer);
                if (Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal)) return;
            }
            catch (SocketException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException($"redis-server did not answer PING within {timeout}.");
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
        _process.Dispose();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
