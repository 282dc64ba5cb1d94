using System.Diagnostics;
using System.Net.Sockets;
using Samspill.Gateway.Email;

namespace Samspill.Silo.Hosting.Development;

/// <summary>
/// In Development with e-mail on, starts smtp4dev (a local SMTP server with a web page showing what was sent), as the
/// silo starts Azurite: restored from the repository's tool manifest (<c>dotnet tool restore</c>), run in the
/// background, stopped with the silo. It never blocks start-up: mail waits in the outboxes until it answers.
/// </summary>
public sealed class DevelopmentMail : IDisposable
{
    private Process? _process;

    /// <summary>The web page of smtp4dev, printed at start.</summary>
    public string? WebUrl { get; private set; }

    public static DevelopmentMail? StartIfNeeded(WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions();
        if (!builder.Environment.IsDevelopment() || !options.Enabled || !options.StartSmtp4dev) return null;
        if (options.Smtp.Host is not ("127.0.0.1" or "localhost")) return null;
        var webUrl = $"http://127.0.0.1:{options.Smtp4devWebPort}";
        if (Answers(options.Smtp.Port))
        {
            Console.WriteLine($"E-mail: an SMTP server already answers on 127.0.0.1:{options.Smtp.Port} (smtp4dev shows mail at {webUrl} if it is one).");
            return null;
        }
        var repoRoot = RepoRoot.Find(AppContext.BaseDirectory) ?? RepoRoot.Find(Directory.GetCurrentDirectory());
        if (repoRoot is null) return null;

        var mail = new DevelopmentMail { WebUrl = webUrl };
        _ = Task.Run(() => mail.RunAsync(repoRoot, options));
        Console.WriteLine($"E-mail: starting smtp4dev on 127.0.0.1:{options.Smtp.Port}; sent mail is shown at {webUrl} (Email:Enabled=false turns sending off).");
        return mail;
    }

    private async Task RunAsync(string repoRoot, EmailOptions options)
    {
        try
        {
            using (var restore = Process.Start(Info(repoRoot, "tool", "restore"))!)
            {
                await restore.WaitForExitAsync();
                if (restore.ExitCode != 0)
                {
                    Console.Error.WriteLine("E-mail: `dotnet tool restore` failed, so smtp4dev did not start; mail waits until an SMTP server answers.");
                    return;
                }
            }
            var info = Info(repoRoot, "tool", "run", "smtp4dev", "--", $"--smtpport={options.Smtp.Port}", $"--urls={WebUrl}",
                "--bindaddress=127.0.0.1", "--imapport=", "--pop3port=", "--db=", "--nousersettings", "--hostname=localhost");
            _process = Process.Start(info);
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"E-mail: smtp4dev could not start ({ex.Message}); mail waits until an SMTP server answers.");
        }
    }

    private static ProcessStartInfo Info(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        return info;
    }

    private static bool Answers(int port)
    {
        try
        {
            using var client = new TcpClient();
            return client.ConnectAsync("127.0.0.1", port).Wait(TimeSpan.FromMilliseconds(300)) && client.Connected;
        }
        catch (Exception)
        {
            return false;
        }
    }

    public void Dispose()
    {
        try
        {
            if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process?.Dispose();
    }
}
