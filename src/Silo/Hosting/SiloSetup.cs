using Samspill.Grains;
using Samspill.Grains.Common;

namespace Samspill.Silo.Hosting;

/// <summary>Wires the Orleans silo and the domain's services into the host.</summary>
public static class SiloSetup
{
    public static WebApplicationBuilder AddSamspillSilo(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var orleans = ClusteringSetup.Settings(config);

        builder.Services.AddSamspillDomain(config);
        builder.Services.AddSamspillLiveBackplane(config, orleans);

        builder.UseOrleans(silo =>
        {
            silo.UseSamspillClustering(config, builder.Environment, orleans);
            builder.AddSamspillStorage(silo);
            builder.AddSamspillTelemetry(silo);
            builder.AddSamspillDashboard(silo);
            silo.AddIncomingGrainCallFilter<CallerRequiredFilter>();
            silo.AddIncomingGrainCallFilter<UnknownGrainFilter>();
            silo.AddIncomingGrainCallFilter<Storage.StateTooLargeFilter>();
        });
        // The directory cache's default (1,000,000 entries) is allocated up front: ~18 MB per silo before any grain.
        builder.Services.Configure<Orleans.Configuration.GrainDirectoryOptions>(o => o.CacheSize = 100_000);
        builder.Services.AddSamspillHealthChecks(config);
        builder.Services.AddHostedService<SearchWarmUp>();
        return builder;
    }
}
