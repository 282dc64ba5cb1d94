using Microsoft.Extensions.Options;
using Samspill.Grains.Common;
using Samspill.Grains.Consortia;
using Samspill.Grains.ReferenceData;

namespace Samspill.Silo.Hosting;

/// <summary>Wires the Orleans silo and the domain's services into the host.</summary>
public static class SiloSetup
{
    public static WebApplicationBuilder AddSamspillSilo(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var orleans = config.GetSection(OrleansHostOptions.Section).Get<OrleansHostOptions>() ?? new OrleansHostOptions();

        builder.Services.Configure<ReferenceDataOptions>(config.GetSection(ReferenceDataOptions.Section));
        builder.Services.AddSingleton(sp => new ReferenceCatalog(sp.GetRequiredService<IOptions<ReferenceDataOptions>>().Value));
        builder.Services.Configure<ThresholdOptions>(config.GetSection(ThresholdOptions.Section));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IFaultInjector, NoFaults>();

        builder.UseOrleans(silo =>
        {
            silo.Configure<Orleans.Configuration.ClusterOptions>(o =>
            {
                o.ClusterId = orleans.ClusterId;
                o.ServiceId = orleans.ServiceId;
            });
            silo.UseLocalhostClustering(orleans.SiloPort, orleans.GatewayPort, serviceId: orleans.ServiceId, clusterId: orleans.ClusterId);
            silo.AddSamspillStorage(config);
        });
        builder.Services.AddSamspillHealthChecks(config);
        return builder;
    }
}
