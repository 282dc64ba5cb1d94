namespace Samspill.Silo.Tests.Infrastructure;

/// <summary>What a cluster of silo processes shares: one Azurite for grain state and one redis-server for membership and the backplane.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private readonly AzuriteFixture _storage = new();

    public AzuriteFixture Storage => _storage;
    public RedisServer Redis { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // redis-server first: when it is missing, say so before spending time on Azurite.
        Redis = await RedisServer.StartAsync();
        await _storage.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _storage.DisposeAsync();
        Redis?.Dispose();
    }

    /// <summary>
    /// Settings for one silo of a clustered service on loopback, its membership in Redis or in the Azure Table of the
    /// shared Azurite (the backplane is Redis either way). Failure detection is short so that a killed silo is
    /// declared dead within seconds (Orleans' defaults take about half a minute).
    /// </summary>
    public Dictionary<string, string> SiloSettings(string serviceId, string clustering)
    {
        var settings = SiloProcess.OnAzurite(_storage.Azurite.ConnectionString, serviceId);
        settings["Orleans:Clustering"] = clustering;
        settings["ConnectionStrings:Redis"] = Redis.ConnectionString;
        settings["Orleans:AdvertisedIPAddress"] = "127.0.0.1";
        settings["Orleans:Membership:ProbeTimeout"] = "00:00:02";
        settings["Orleans:Membership:NumMissedProbesLimit"] = "2";
        settings["Orleans:Membership:IAmAliveTablePublishTimeout"] = "00:00:05";
        settings["Orleans:Membership:TableRefreshTimeout"] = "00:00:02";
        // Membership in Azurite's table is declared slower here than in Redis (about 35 s on the loaded test machine
        // against 4 s): the gateway keeps retrying reads for that long, so a client sees a slow answer, not an error.
        settings["Gateway:Resilience:RetryBudget"] = "00:01:00";
        // A request's execution timeout must outlast the retry budget, or a read still retrying is cut at the timeout
        // and answered QUERY_TOO_COMPLEX (seen once in CI, with membership declared after about 30 s).
        settings["GraphQL:Timeout"] = "00:01:30";
        // The tests stream mutations from one caller faster than a person would.
        settings["Limits:PermitLimit"] = "100000";
        return settings;
    }

    /// <summary>Starts <paramref name="count"/> silos of one service side by side.</summary>
    public async Task<SiloProcess[]> StartSilosAsync(string serviceId, int count, string clustering)
    {
        var settings = SiloSettings(serviceId, clustering);
        var silos = Enumerable.Range(0, count).Select(_ => SiloProcess.Launch(settings)).ToArray();
        try
        {
            await Task.WhenAll(silos.Select(s => s.WaitReadyAsync(TimeSpan.FromSeconds(120))));
            return silos;
        }
        catch
        {
            foreach (var silo in silos) await silo.DisposeAsync();
            throw;
        }
    }
}
