using MailKit.Security;

namespace Samspill.Gateway.Email;

/// <summary>Configuration section Email: whether mail is sent, where to, and how links in it are written.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>False turns sending off: no notices are derived, nothing is mailed.</summary>
    public bool Enabled { get; set; }
    /// <summary>The web app's public address, the base of every link in a mail (e.g. https://samspill.no); PublicSite:BaseUrl when unset.</summary>
    public string? PublicBaseUrl { get; set; }
    public string FromAddress { get; set; } = "varsler@samspill.no";
    public string FromName { get; set; } = "Samspill";
    public SmtpOptions Smtp { get; set; } = new();
    /// <summary>How often the notification clock wakes pending mail and due digests.</summary>
    public TimeSpan ClockInterval { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Development: start smtp4dev when nothing answers at the SMTP port.</summary>
    public bool StartSmtp4dev { get; set; } = true;
    /// <summary>Development: the port of smtp4dev's web page, where sent mail is shown.</summary>
    public int Smtp4devWebPort { get; set; } = 5025;
}

/// <summary>Configuration section Email:Smtp.</summary>
public sealed class SmtpOptions
{
    public string Host { get; set; } = "127.0.0.1";
    public int Port { get; set; } = 25;
    /// <summary>None, Auto, SslOnConnect, StartTls or StartTlsWhenAvailable (MailKit's SecureSocketOptions).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;
    public string? Username { get; set; }
    public string? Password { get; set; }
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
