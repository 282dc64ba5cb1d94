using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Samspill.Grains.Notifications;

namespace Samspill.Gateway.Email;

/// <summary>
/// Renders notices into Norwegian mails from the Liquid templates embedded in this assembly (Fluid). A kind's
/// template gives the subject (its first line) and the paragraphs; the layouts add the link, the footer and the
/// unsubscribe link, as plain text and as HTML (where every value is HTML-encoded).
/// </summary>
public sealed class EmailTemplates(EmailOptions options, PublicSite site)
{
    private static readonly FluidParser Parser = new();
    private static readonly ConcurrentDictionary<string, IFluidTemplate> Cache = new();
    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");
    private static readonly TemplateOptions RenderOptions = new TemplateOptionsBuilder().WithCultureInfo(Norwegian).Build();
    private const string Footer = "Du får denne e-posten fordi du har varsler på i Samspill.";

    private string Base => (options.PublicBaseUrl ?? site.BaseUrl ?? "http://127.0.0.1:5080").TrimEnd('/');

    /// <summary>One notice to one person.</summary>
    public RenderedMail Notice(Notice notice, MailRecipient recipient)
    {
        var (subject, paragraphs) = Content(notice);
        var unsubscribe = Base + Links.Unsubscribe(recipient.PersonId, notice.Kind, recipient.UnsubscribeToken);
        var model = Layout(subject, paragraphs, Base + notice.LinkPath, "Åpne i Samspill", unsubscribe);
        return new RenderedMail(subject, Render("layout.txt", model, NullEncoder.Default), Render("layout.html", model, HtmlEncoder.Default), unsubscribe);
    }

    /// <summary>A day's notices in one mail.</summary>
    public RenderedMail Digest(IReadOnlyList<Notice> notices, MailRecipient recipient, DateOnly day)
    {
        var subject = $"Dagens varsler fra Samspill {day.ToString("d. MMMM yyyy", Norwegian)}";
        var items = notices.Select(n =>
        {
            var (itemSubject, paragraphs) = Content(n);
            return new Dictionary<string, object> { ["subject"] = itemSubject, ["paragraphs"] = paragraphs, ["link"] = Base + n.LinkPath };
        }).ToList();
        var unsubscribe = Base + Links.Unsubscribe(recipient.PersonId, null, recipient.UnsubscribeToken);
        var model = new Dictionary<string, object>
        {
            ["subject"] = subject, ["items"] = items, ["count"] = notices.Count, ["footer"] = Footer, ["settingsLink"] = Base + Links.Settings,
        };
        return new RenderedMail(subject, Render("digest.txt", model, NullEncoder.Default), Render("digest.html", model, HtmlEncoder.Default), unsubscribe);
    }

    /// <summary>The link that confirms an address typed in.</summary>
    public RenderedMail Confirmation(string personId, string? name, string token)
    {
        var (subject, paragraphs) = Split(Render("confirmation", new Dictionary<string, object> { ["name"] = name ?? "" }, NullEncoder.Default));
        var model = Layout(subject, paragraphs, Base + Links.Confirm(personId, token), "Bekreft e-postadressen", null);
        model["footer"] = "Du får denne e-posten fordi noen oppga adressen i Samspill.";
        return new RenderedMail(subject, Render("layout.txt", model, NullEncoder.Default), Render("layout.html", model, HtmlEncoder.Default), null);
    }

    private Dictionary<string, object> Layout(string subject, IReadOnlyList<string> paragraphs, string link, string linkText, string? unsubscribe) => new()
    {
        ["subject"] = subject, ["paragraphs"] = paragraphs, ["link"] = link, ["linkText"] = linkText,
        ["unsubscribeLink"] = unsubscribe ?? "", ["settingsLink"] = Base + Links.Settings, ["footer"] = Footer,
    };

    private static (string Subject, IReadOnlyList<string> Paragraphs) Content(Notice notice) =>
        Split(Render(TemplateName(notice.Kind), NoticeModel.Of(notice), NullEncoder.Default));

    /// <summary>First line: the subject; then paragraphs separated by blank lines, empty ones dropped.</summary>
    private static (string Subject, IReadOnlyList<string> Paragraphs) Split(string rendered)
    {
        var text = rendered.Replace("\r\n", "\n").Trim();
        var newline = text.IndexOf('\n');
        var subject = (newline < 0 ? text : text[..newline]).Trim();
        var body = newline < 0 ? "" : text[(newline + 1)..];
        var paragraphs = body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        return (subject, paragraphs);
    }

    private static string TemplateName(NoticeKind kind) => Links.ContractName(kind).ToLowerInvariant();

    private static string Render(string name, Dictionary<string, object> model, TextEncoder encoder)
    {
        var template = Cache.GetOrAdd(name, Load);
        var context = new TemplateContext(RenderOptions);
        foreach (var (key, value) in model) context.SetValue(key, value);
        return template.Render(context, encoder);
    }

    private static IFluidTemplate Load(string name)
    {
        using var stream = typeof(EmailTemplates).Assembly.GetManifestResourceStream($"Samspill.Gateway.Email.{name}.liquid")
            ?? throw new InvalidOperationException($"The e-mail template {name}.liquid is not embedded.");
        using var reader = new StreamReader(stream);
        var source = reader.ReadToEnd();
        return Parser.TryParse(source, out var template, out var error)
            ? template
            : throw new InvalidOperationException($"The e-mail template {name}.liquid does not parse: {error}");
    }
}
