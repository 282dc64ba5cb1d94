using Samspill.Grains.Common;
using System.Diagnostics;

namespace Samspill.Bench.Throughput;

/// <summary>
/// A number of clients each sending one request after another for a fixed time (and at most a fixed number in all):
/// requests per second, latency percentiles, errors, and the CPU the silo and this process spent meanwhile.
/// </summary>
public sealed record PhaseResult(
    string Storage, string Operation, int StoredBefore, int Clients, int Requests, int Errors, string? FirstError,
    TimeSpan Elapsed, IReadOnlyList<double> LatenciesMs, TimeSpan SiloCpu, TimeSpan BenchCpu)
{
    /// <summary>How long after the last answer the work that follows acknowledgements (the county feeds) took to finish.</summary>
    public double SettleMs { get; init; }

    /// <summary>Grain state the silo serialized for writing during the phase (until settled), per state type; largest since the silo started.</summary>
    public IReadOnlyList<StateWrites> StateWritten { get; init; } = [];

    public double PerSecond => Requests / Elapsed.TotalSeconds;

    public double Percentile(double p)
    {
        if (LatenciesMs.Count == 0) return double.NaN;
        var rank = (int)Math.Ceiling(p * LatenciesMs.Count) - 1;
        return LatenciesMs[Math.Clamp(rank, 0, LatenciesMs.Count - 1)];
    }

    /// <summary>Silo CPU per successful request: the server's share, apart from the client's.</summary>
    public double SiloCpuMsPerRequest => Requests == 0 ? double.NaN : SiloCpu.TotalMilliseconds / Requests;
    public double BenchCpuMsPerRequest => Requests == 0 ? double.NaN : BenchCpu.TotalMilliseconds / Requests;
}

/// <summary>Runs one phase of closed-loop load.</summary>
public static class LoadPhase
{
    public static async Task<PhaseResult> RunAsync(
        SiloProcess silo, string storage, string operation, int storedBefore, int clients, TimeSpan duration, int maxRequests,
        Func<int, int, Task> request, Func<Task>? settle = null)
    {
        var latencies = new List<double>[clients];
        var errors = 0;
        string? firstError = null;
        var issued = 0;
        var siloCpu = silo.CpuTime;
        var benchCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var deadline = clock.Elapsed + duration;

        async Task Client(int client)
        {
            var mine = latencies[client] = new List<double>(1024);
            for (var i = 0; clock.Elapsed < deadline && Interlocked.Increment(ref issued) <= maxRequests; i++)
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    await request(client, i);
                    mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
                catch (Exception ex)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, ex.Message.Length > 300 ? ex.Message[..300] : ex.Message, null);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(() => Client(c))));
        clock.Stop();
        // The silo's CPU is read after the work it still owes for these requests, so none of it is left out.
        var settling = Stopwatch.StartNew();
        if (settle is not null) await settle();
        settling.Stop();
        var all = latencies.SelectMany(l => l).Order().ToList();
        return new PhaseResult(storage, operation, storedBefore, clients, all.Count, errors, firstError, clock.Elapsed, all,
            silo.CpuTime - siloCpu, Process.GetCurrentProcess().TotalProcessorTime - benchCpu) { SettleMs = settling.Elapsed.TotalMilliseconds };
    }
}
