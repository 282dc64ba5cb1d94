using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Samspill.Silo.Hosting;
using Samspill.Silo.Tests.Infrastructure;

namespace Samspill.Silo.Tests;

/// <summary>Orleans:* and ConnectionStrings:Redis reach Orleans' own options; a wrong value stops the silo with one clear line.</summary>
public sealed class ClusteringConfigurationTests
{
    [Fact]
    public void Without_configuration_the_silo_is_a_single_localhost_process()
    {
        var settings = ClusteringSetup.Settings(Config([]));
        Assert.Equal(ClusteringSetup.Localhost, settings.Clustering);
        Assert.Equal((11111, 30000), (settings.SiloPort, settings.GatewayPort));
    }

    [Fact]
    public void Redis_clustering_configuration_reaches_orleans_options()
    {
        using var host = BuildHost(new()
        {
            ["Orleans:Clustering"] = "redis",
            ["ConnectionStrings:Redis"] = "127.0.0.1:6399,abortConnect=false",
            ["Orleans:ClusterId"] = "c1",
            ["Orleans:ServiceId"] = "s1",
            ["Orleans:SiloPort"] = "12001",
            ["Orleans:GatewayPort"] = "32001",
            ["Orleans:AdvertisedIPAddress"] = "10.1.2.3",
            ["Orleans:Membership:ProbeTimeout"] = "00:00:03",
            ["Orleans:Membership:NumMissedProbesLimit"] = "4",
        });
        var endpoints = host.Services.GetRequiredService<IOptions<EndpointOptions>>().Value;
        Assert.Equal("10.1.2.3", endpoints.AdvertisedIPAddress.ToString());
        Assert.Equal((12001, 32001), (endpoints.SiloPort, endpoints.GatewayPort));
        var cluster = host.Services.GetRequiredService<IOptions<ClusterOptions>>().Value;
        Assert.Equal(("c1", "s1"), (cluster.ClusterId, cluster.ServiceId));
        var membership = host.Services.GetRequiredService<IOptions<ClusterMembershipOptions>>().Value;
        Assert.Equal(TimeSpan.FromSeconds(3), membership.ProbeTimeout);
        Assert.Equal(4, membership.NumMissedProbesLimit);
        var redis = host.Services.GetRequiredService<IOptions<Orleans.Clustering.Redis.RedisClusteringOptions>>().Value;
        Assert.Equal("127.0.0.1:6399", redis.ConfigurationOptions!.EndPoints.Single().ToString());
    }

    [Fact]
    public void Azure_table_clustering_keeps_membership_in_the_storage_account_and_the_backplane_on_redis()
    {
        using var host = BuildHost(new()
        {
            ["Orleans:Clustering"] = "azuretable",
            ["ConnectionStrings:AzureStorage"] = "UseDevelopmentStorage=true",
            ["ConnectionStrings:Redis"] = "127.0.0.1:6399,abortConnect=false",
            ["Orleans:SiloPort"] = "12002",
            ["Orleans:GatewayPort"] = "32002",
        });
        var membership = host.Services.GetRequiredService<IOptions<Orleans.Clustering.AzureStorage.AzureStorageClusteringOptions>>().Value;
        Assert.Equal(ClusteringSetup.MembershipTableName, membership.TableName);
        Assert.NotNull(membership.TableServiceClient);
        Assert.Equal((12002, 32002), (host.Services.GetRequiredService<IOptions<EndpointOptions>>().Value.SiloPort, host.Services.GetRequiredService<IOptions<EndpointOptions>>().Value.GatewayPort));

        var ex = Assert.Throws<SiloConfigurationException>(() => ClusteringSetup.Settings(Config(new() { ["Orleans:Clustering"] = "AzureTable" })));
        Assert.Equal(
            "Orleans:Clustering is AzureTable (its live backplane across silos is Redis) but ConnectionStrings:Redis is not set; give a StackExchange.Redis connection string such as 127.0.0.1:6379.",
            ex.Message);
    }

    [Theory]
    [InlineData("Orleans:Clustering", "Consul", "Orleans:Clustering is 'Consul'; use Localhost (one process), Redis")]
    [InlineData("Orleans:SiloPort", "eleven", "Orleans:SiloPort")]
    [InlineData("Orleans:GatewayPort", "70000", "Orleans:GatewayPort is 70000")]
    [InlineData("Orleans:AdvertisedIPAddress", "silo-1", "Orleans:AdvertisedIPAddress 'silo-1' is not an IP address")]
    [InlineData("Orleans:Membership:ProbeTimeout", "soon", "Orleans:Membership:ProbeTimeout")]
    public void A_wrong_value_is_named_in_one_message(string key, string value, string expected)
    {
        var ex = Assert.Throws<SiloConfigurationException>(() => ClusteringSetup.Settings(Config(new() { [key] = value })));
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void Redis_clustering_needs_a_redis_connection_string()
    {
        var ex = Assert.Throws<SiloConfigurationException>(() => ClusteringSetup.Settings(Config(new() { ["Orleans:Clustering"] = "Redis" })));
        Assert.Equal(
            "Orleans:Clustering is Redis but ConnectionStrings:Redis is not set; give a StackExchange.Redis connection string such as 127.0.0.1:6379.",
            ex.Message);
        ex = Assert.Throws<SiloConfigurationException>(() => ClusteringSetup.Settings(Config(new()
        {
            ["Orleans:Clustering"] = "Redis",
            ["ConnectionStrings:Redis"] = "abortConnect=false",
        })));
        Assert.StartsWith("ConnectionStrings:Redis is not a valid StackExchange.Redis connection string", ex.Message);
    }

    [Fact]
    public async Task A_silo_process_with_bad_clustering_configuration_exits_with_that_one_line()
    {
        await using var silo = SiloProcess.Launch(new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Memory",
            ["Orleans:Clustering"] = "Redis",
        });
        Assert.Equal(1, await silo.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("ConnectionStrings:Redis is not set", silo.Output);
        Assert.DoesNotContain("   at ", silo.Output);
        Assert.DoesNotContain("Unhandled exception", silo.Output);
    }

    [Fact]
    public async Task A_production_silo_with_dev_tokens_on_exits_with_one_line_naming_the_key()
    {
        await using var silo = SiloProcess.Launch(
            new Dictionary<string, string> { ["Storage:Provider"] = "Memory", ["Authentication:DevTokens:Enabled"] = "true" },
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["DOTNET_ENVIRONMENT"] = "Production" });
        Assert.Equal(1, await silo.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("Authentication:DevTokens:Enabled", silo.Output);
        Assert.DoesNotContain("   at ", silo.Output);
        Assert.DoesNotContain("Unhandled exception", silo.Output);
        Assert.Single(silo.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static IConfiguration Config(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    private static WebApplication BuildHost(Dictionary<string, string?> values)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(values);
        builder.Configuration["Storage:Provider"] = "Memory";
        builder.AddSamspillSilo();
        return builder.Build();
    }
}
