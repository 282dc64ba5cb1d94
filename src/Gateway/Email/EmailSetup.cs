using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Samspill.Grains.Notifications;

namespace Samspill.Gateway.Email;

/// <summary>Registers e-mail: the SMTP mailer and the notification clock when Email:Enabled, nothing otherwise.</summary>
public static class EmailSetup
{
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        var options = configuration.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions();
        if (!options.Enabled) return services;
        services.TryAddSingleton<INoticeMailer, SmtpNoticeMailer>();
        services.AddSingleton<NotificationClock>();
        services.AddHostedService(sp => sp.GetRequiredService<NotificationClock>());
        return services;
    }
}
