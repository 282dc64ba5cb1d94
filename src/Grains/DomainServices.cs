using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Samspill.Grains.Common;
using Samspill.Grains.Consortia;
using Samspill.Grains.Live;
using Samspill.Grains.Notifications;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains;

/// <summary>The services the grains need, registered the same way by the silo and by test clusters.</summary>
public static class DomainServices
{
    public static IServiceCollection AddSamspillDomain(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReferenceDataOptions>(configuration.GetSection(ReferenceDataOptions.Section));
        services.Configure<ThresholdOptions>(configuration.GetSection(ThresholdOptions.Section));
        services.Configure<NotificationOptions>(configuration.GetSection(NotificationOptions.Section));
        services.TryAddSingleton(sp => new ReferenceCatalog(sp.GetRequiredService<IOptions<ReferenceDataOptions>>().Value));
        services.TryAddSingleton(sp => new Search.CpvLabelSearch(sp.GetRequiredService<ReferenceCatalog>()));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IFaultInjector, NoFaults>();
        // Hosts with live clients register their broadcaster first; others get a silent one.
        services.TryAddSingleton<ILiveBroadcaster, NoLiveBroadcaster>();
        // Hosts that send e-mail register their mailer first; others send nothing.
        services.TryAddSingleton<INoticeMailer, NoMailer>();
        return services;
    }
}
