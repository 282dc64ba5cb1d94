using Samspill.Grains;
using Samspill.Grains.Common;

namespace Samspill.Silo.Hosting;

/// <summary>Wires the Orleans silo and the domain's services into the host.</summary>
public static class SiloSetup
{
    public static WebApplicationBuilder AddSamspillSilo(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var orleans = config.GetSection(OrleansHostOptions.Section).Get<OrleansHostOptions>() ?? new OrleansHostOptions();

        builder.Services.AddSamspillDomain(config);

        builder.UseOrleans(silo =>
        {
            silo.Configure<Orleans.Configuration.ClusterOptions>(o =>
            {
                o.ClusterId = orleans.ClusterId;
                o.ServiceId = orleans.ServiceId;
            });
            silo.UseLocalhostClustering(orleans.SiloPort, orleans.GatewayPort, serviceId: orleans.ServiceId, clusterId: orleans.ClusterId);
            builder.AddSamspillStorage(silo);
            silo.AddIncomingGrainCallFilter<CallerRequiredFilter>();
        });
        builder.Services.AddSamspillHealthChecks(config);
        return builder;
    }
}
