using System.Text.Json.Nodes;

namespace Samspill.Silo.Tests;

/// <summary>The silo's runtime settings that the throughput measurements depend on ship in its runtimeconfig.json.</summary>
public sealed class RuntimeSettingsTests
{
    [Fact]
    public void Idle_thread_pool_workers_do_not_spin()
    {
        var config = Path.ChangeExtension(SiloProcess.SiloDll(), ".runtimeconfig.json");
        var properties = JsonNode.Parse(File.ReadAllText(config))!["runtimeOptions"]!["configProperties"]!;
        Assert.Equal("0", properties["System.Threading.ThreadPool.UnfairSemaphoreSpinLimit"]?.ToString());
    }
}
