using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Samspill.Storage.HealthChecks;

/// <summary>Adds <see cref="AzureTableStorageHealthCheck"/> for a named grain storage's table.</summary>
public static class AzureTableStorageHealthCheckBuilderExtensions
{
    /// <summary>Checks the table of the grain storage registered as <paramref name="storageName"/>; tag it "ready" for /health/ready.</summary>
    public static IHealthChecksBuilder AddAzureTableGrainStorageCheck(
        this IHealthChecksBuilder builder,
        string storageName,
        string checkName = "grain-storage",
        IEnumerable<string>? tags = null,
        TimeSpan? timeout = null) =>
        builder.Add(new HealthCheckRegistration(
            checkName,
            services =>
            {
                var options = services.GetRequiredService<IOptionsMonitor<AzureTableGrainStorageOptions>>().Get(storageName);
                return new AzureTableStorageHealthCheck(options.ConnectionString, options.TableName, timeout);
            },
            HealthStatus.Unhealthy,
            tags));
}
