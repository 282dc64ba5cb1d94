using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Samspill.Bench.LiveFanout;

/// <summary>
/// The memory floor: a bare SignalR hub (JSON and MessagePack, no authentication, no grains) whose Subscribe only
/// joins the group, run as this bench executable in <c>--bare-hub</c> mode in a process of its own.
/// </summary>
public static class BareHub
{
    public const string Flag = "--bare-hub";

    /// <summary>Runs the bare hub until killed, on the <c>--urls</c> it is given.</summary>
    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSignalR().AddMessagePackProtocol();
        var app = builder.Build();
        app.MapHub<Hub>("/hubs/live");
        app.MapGet("/ready", () => "ok");
        await app.RunAsync();
    }

    /// <summary>Joins the group named by the topic and answers in the contract's shape, nothing else.</summary>
    public sealed class Hub : Microsoft.AspNetCore.SignalR.Hub
    {
        public async Task<Subscribed> Subscribe(string topic, long? afterSequence)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, topic);
            return new Subscribed(topic, 0, []);
        }
    }

    /// <summary>The answer to Subscribe.</summary>
    public sealed record Subscribed(string Topic, long Sequence, object[] Missed);

    /// <summary>This executable in bare-hub mode as a child process on a free 127.0.0.1 port.</summary>
    public sealed class Process : IAsyncDisposable
    {
        private readonly System.Diagnostics.Process _process;

        private Process(System.Diagnostics.Process process, Uri baseUrl)
        {
            _process = process;
            BaseUrl = baseUrl;
        }

        public Uri BaseUrl { get; }
        public int ProcessId => _process.Id;

        public long WorkingSet
        {
            get
            {
                _process.Refresh();
                return _process.WorkingSet64;
            }
        }

        public static async Task<Process> StartAsync(TimeSpan timeout)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "exec", Path.Combine(AppContext.BaseDirectory, "Samspill.Bench.LiveFanout.dll"), Flag, "--urls", $"http://127.0.0.1:{port}" })
                start.ArgumentList.Add(arg);
            var hub = new Process(System.Diagnostics.Process.Start(start)!, new Uri($"http://127.0.0.1:{port}"));
            hub._process.OutputDataReceived += (_, _) => { };
            hub._process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"bare hub: {e.Data}"); };
            hub._process.BeginOutputReadLine();
            hub._process.BeginErrorReadLine();
            using var http = new HttpClient { BaseAddress = hub.BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
            var deadline = DateTime.UtcNow + timeout;
            while (DateTime.UtcNow < deadline)
            {
                try
                {
                    if ((await http.GetAsync("/ready")).IsSuccessStatusCode) return hub;
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
                await Task.Delay(200);
            }
            await hub.DisposeAsync();
            throw new TimeoutException("The bare hub did not start.");
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
            _process.Dispose();
        }
    }
}
