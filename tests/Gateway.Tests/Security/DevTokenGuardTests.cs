using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Security;

/// <summary>Development signing keys never reach production: the silo refuses to start with dev tokens there.</summary>
public sealed class DevTokenGuardTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void The_gateway_refuses_dev_tokens_outside_development_with_a_message_naming_the_key(string environment)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Authentication:DevTokens:Enabled"] = "true" }).Build();
        var ex = Assert.Throws<GatewayConfigurationException>(() =>
            new ServiceCollection().AddGateway(configuration, new HostingEnvironment { EnvironmentName = environment }));
        Assert.StartsWith("Authentication:DevTokens:Enabled is on", ex.Message);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void The_silo_does_not_start_with_dev_tokens_outside_development(string environment)
    {
        // Program prints the one line and exits 1 (tests/Silo.Tests checks the line on a real process).
        using var app = new SiloApp { Environment = environment }.With("Authentication:DevTokens:Enabled", "true");
        Assert.ThrowsAny<Exception>(() => app.StartServer());
    }
}
