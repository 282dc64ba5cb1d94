namespace Samspill.Gateway.Email;

/// <summary>A mail ready for MIME: subject, plain text and HTML, and the one-click unsubscribe address if any.</summary>
public sealed record RenderedMail(string Subject, string Text, string Html, string? UnsubscribeUrl);
