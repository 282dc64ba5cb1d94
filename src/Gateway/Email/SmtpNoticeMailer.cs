using MailKit;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Samspill.Grains.Notifications;

namespace Samspill.Gateway.Email;

/// <summary>
/// Sends notices with MailKit over SMTP (Email:Smtp). All messages of one call share one SMTP session, so every
/// recipient of a notice gets the same text in the same send; a refused address fails that message only.
/// </summary>
public sealed class SmtpNoticeMailer(IOptions<EmailOptions> options, IOptions<PublicSite> site, ILogger<SmtpNoticeMailer> logger) : INoticeMailer
{
    private EmailOptions Options => options.Value;
    private EmailTemplates Templates => new(Options, site.Value);

    public async Task<IReadOnlyList<MailOutcome>> SendNoticeAsync(Notice notice, IReadOnlyList<MailRecipient> recipients, Func<MailOutcome, Task>? accepted = null, CancellationToken cancellationToken = default)
    {
        var messages = recipients.Select(r => (r.PersonId, Message: Build(Templates.Notice(notice, r), r.Address, r.Name, SendKeys.Notice(notice.Id, r.PersonId)))).ToList();
        return await SendAsync(messages, accepted, cancellationToken);
    }

    public async Task<MailOutcome> SendDigestAsync(MailRecipient recipient, IReadOnlyList<Notice> notices, DateOnly day, CancellationToken cancellationToken = default)
    {
        var message = Build(Templates.Digest(notices, recipient, day), recipient.Address, recipient.Name, $"digest/{recipient.PersonId}/{day:yyyy-MM-dd}");
        return (await SendAsync([(recipient.PersonId, message)], null, cancellationToken))[0];
    }

    public async Task<MailOutcome> SendConfirmationAsync(string personId, string address, string? name, string token, CancellationToken cancellationToken = default)
    {
        var message = Build(Templates.Confirmation(personId, name, token), address, name, $"confirm/{personId}/{token}");
        return (await SendAsync([(personId, message)], null, cancellationToken))[0];
    }

    private MimeMessage Build(RenderedMail mail, string address, string? name, string sendKey)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(Options.FromName, Options.FromAddress));
        message.To.Add(new MailboxAddress(name ?? "", address));
        message.Subject = mail.Subject;
        // The send key makes the Message-Id: a copy repeated after a crash carries the same id.
        message.MessageId = SendKeys.MessageId(sendKey);
        message.Headers.Add("Auto-Submitted", "auto-generated");
        if (mail.UnsubscribeUrl is { } unsubscribe)
        {
            // RFC 8058 one-click: a POST to this address unsubscribes, no sign-in.
            message.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.Body = new BodyBuilder { TextBody = mail.Text, HtmlBody = mail.Html }.ToMessageBody();
        return message;
    }

    private async Task<IReadOnlyList<MailOutcome>> SendAsync(IReadOnlyList<(string PersonId, MimeMessage Message)> messages, Func<MailOutcome, Task>? accepted, CancellationToken cancellationToken)
    {
        if (messages.Count == 0) return [];
        var smtp = Options.Smtp;
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(smtp.Host, smtp.Port, smtp.Security, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.Username)) await client.AuthenticateAsync(smtp.Username, smtp.Password ?? "", cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("SMTP server {Host}:{Port} not reachable: {Error}", smtp.Host, smtp.Port, ex.Message);
            return messages.Select(m => new MailOutcome(m.PersonId, false, false, ex.Message)).ToList();
        }

        var outcomes = new List<MailOutcome>();
        foreach (var (personId, message) in messages)
        {
            try
            {
                await client.SendAsync(message, cancellationToken);
                var outcome = new MailOutcome(personId, true);
                outcomes.Add(outcome);
                // Recorded before the next message: a crash now leaves at most this one message in doubt.
                if (accepted is not null) await accepted(outcome);
            }
            catch (SmtpCommandException ex)
            {
                // 5xx: the server will not take this message (an unknown mailbox): retrying will not help.
                outcomes.Add(new MailOutcome(personId, false, (int)ex.StatusCode >= 500, $"{(int)ex.StatusCode} {ex.Message}"));
                if (!client.IsConnected) break;
            }
            catch (Exception ex) when (ex is SmtpProtocolException or IOException or ServiceNotConnectedException)
            {
                outcomes.Add(new MailOutcome(personId, false, false, ex.Message));
                break;
            }
        }
        // What the session could not reach is reported as a transient failure, to be retried.
        outcomes.AddRange(messages.Skip(outcomes.Count).Select(m => new MailOutcome(m.PersonId, false, false, "SMTP session ended")));
        try { await client.DisconnectAsync(true, cancellationToken); } catch (Exception ex) when (ex is not OperationCanceledException) { }
        return outcomes;
    }
}
