using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;
using Samspill.Grains;
using Samspill.Grains.Common;
using Samspill.Grains.Live;

namespace Samspill.Grains.Tests.Infrastructure;

/// <summary>
/// A real in-process Orleans cluster (two silos, memory storage) with the domain's services, a controllable
/// fault injector and a broadcaster that records every push.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; private set; } = null!;
    public IClusterClient Client => Cluster.Client;
    public ControlledFaults Faults { get; } = new();
    public RecordingBroadcaster Broadcaster { get; } = new();
    /// <summary>The silos' clock: real time, shifted by tests that need a deadline to have passed.</summary>
    public ShiftedClock Clock { get; } = new();

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage(StorageNames.Default);
            silo.UseInMemoryReminderService();
            silo.AddIncomingGrainCallFilter<CallerRequiredFilter>();
            silo.AddIncomingGrainCallFilter<UnknownGrainFilter>();
            silo.Services.AddSingleton<IFaultInjector>(Faults);
            silo.Services.AddSingleton<ILiveBroadcaster>(Broadcaster);
            silo.Services.AddSingleton<TimeProvider>(Clock);
            silo.Services.AddSamspillDomain(new ConfigurationBuilder().Build());
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    /// <summary>Makes the following grain calls from this async flow carry <paramref name="caller"/>.</summary>
    public IClusterClient As(Caller caller)
    {
        CallerContext.Set(caller);
        return Client;
    }

    /// <summary>The grain storage the grains use, for reading and seeding stored state as a build would have left it.</summary>
    public IGrainStorage Storage => Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageNames.Default);

    /// <summary>What grain <paramref name="grain"/> stored under state name <paramref name="name"/> (RecordExists says whether there is any).</summary>
    public async Task<GrainState<T>> ReadStoredAsync<T>(string name, GrainId grain) where T : new()
    {
        var stored = new GrainState<T>(new T());
        await Storage.ReadStateAsync(name, grain, stored);
        return stored;
    }

    /// <summary>Deactivates a grain so its next call reloads it from storage, as after a process restart.</summary>
    public Task Restart(IAddressable grain) => Cluster.DeactivateAsync(grain);
}

/// <summary>
/// Real time plus an offset. A test moves time forward inside <see cref="Shift"/> and gets it back when the returned
/// handle is disposed, so the other tests of the collection (which run one after another) see real time.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public IDisposable Shift(TimeSpan by)
    {
        Interlocked.Add(ref _offsetTicks, by.Ticks);
        return new Undo(() => Interlocked.Add(ref _offsetTicks, -by.Ticks));
    }

    private sealed class Undo(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }
}

/// <summary>A fault injector whose armed points throw once, like a process dying at that place.</summary>
public sealed class ControlledFaults : IFaultInjector
{
    private readonly ConcurrentDictionary<string, bool> _armed = new();

    private readonly ConcurrentDictionary<string, bool> _held = new();

    /// <summary>The next hit of <paramref name="point"/> fails, once.</summary>
    public void Arm(string point) => _armed[point] = true;

    /// <summary>Every hit of <paramref name="point"/> fails until the returned handle is disposed.</summary>
    public IDisposable Hold(string point)
    {
        _held[point] = true;
        return new Release(() => _held.TryRemove(point, out _));
    }

    public void Hit(string point)
    {
        if (_armed.TryRemove(point, out _) || _held.ContainsKey(point)) throw new SimulatedCrashException(point);
    }

    private sealed class Release(Action release) : IDisposable
    {
        public void Dispose() => release();
    }
}

/// <summary>Thrown by <see cref="ControlledFaults"/> where the process "dies".</summary>
[GenerateSerializer]
public sealed class SimulatedCrashException(string point) : Exception($"Simulated crash at {point}");

/// <summary>Records every push per topic, in order.</summary>
public sealed class RecordingBroadcaster : ILiveBroadcaster
{
    private readonly ConcurrentDictionary<string, List<LiveEvent>> _sent = new();

    /// <summary>Runs as each event is pushed, before the push completes: what a client that reacts to it could read then.</summary>
    public Func<string, LiveEvent, Task>? OnSend { get; set; }

    public async Task SendAsync(string topic, LiveEvent liveEvent)
    {
        var list = _sent.GetOrAdd(topic, _ => []);
        lock (list) list.Add(liveEvent);
        if (OnSend is { } observe) await Task.Run(() => observe(topic, liveEvent));
    }

    private readonly ConcurrentQueue<(string ConnectionId, string Topic)> _removed = new();

    public Task AddToTopicAsync(string connectionId, string topic) => Task.CompletedTask;

    public Task RemoveFromTopicAsync(string connectionId, string topic)
    {
        _removed.Enqueue((connectionId, topic));
        return Task.CompletedTask;
    }

    /// <summary>Connections taken out of a topic's group, in order.</summary>
    public IReadOnlyList<(string ConnectionId, string Topic)> Removed => _removed.ToList();

    public IReadOnlyList<LiveEvent> Sent(string topic)
    {
        var list = _sent.GetOrAdd(topic, _ => []);
        lock (list) return list.ToList();
    }
}

/// <summary>Shares one cluster across the test classes of the collection.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
