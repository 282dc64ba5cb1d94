using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Security;

/// <summary>Development signing keys never reach production: the silo refuses to start with dev tokens there.</summary>
public sealed class DevTokenGuardTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void The_silo_refuses_to_start_with_dev_tokens_outside_development(string environment)
    {
        using var app = new SiloApp { Environment = environment }.With("Authentication:DevTokens:Enabled", "true");
        var ex = Assert.ThrowsAny<Exception>(() => app.StartServer());
        Assert.Contains("DevTokens", Flatten(ex));
    }

    private static string Flatten(Exception ex) => ex.InnerException is null ? ex.Message : ex.Message + " | " + Flatten(ex.InnerException);
}
