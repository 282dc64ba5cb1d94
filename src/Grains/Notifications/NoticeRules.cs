using System.Text.Json;
using Samspill.Grains.Live;

namespace Samspill.Grains.Notifications;

/// <summary>
/// Which live events become e-mail notices, and for whom: plain functions, no grains. A notice is only ever derived
/// from an event on a topic its audience may subscribe to, so nothing is e-mailed that could not be seen live.
/// </summary>
public static class NoticeRules
{
    /// <summary>
    /// Topics whose events can become notices; the others are never offered to an inbox. Views of a topic (its public
    /// and staff streams) carry copies of its events, so only the topic itself notifies, and each event once.
    /// </summary>
    public static bool MayNotify(string topic) =>
        !topic.Contains(LiveTopics.ViewSeparator)
        && topic.IndexOf('/') is var slash and > 0
        && topic[..slash] is LiveTopics.Kinds.Municipality or LiveTopics.Kinds.Consortium or LiveTopics.Kinds.Supplier;

    /// <summary>The notice an event on a topic gives, or null when it gives none.</summary>
    public static Notice? Derive(LiveEvent e)
    {
        var (kind, key) = Split(e.Topic);
        if (key is null) return null;
        using var doc = JsonDocument.Parse(string.IsNullOrEmpty(e.DataJson) ? "{}" : e.DataJson);
        var data = doc.RootElement;
        string? S(string name) => data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var v)
            ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : v.ToString()
            : null;
        var consortiumId = S("consortiumId");

        Notice Make(NoticeKind noticeKind, AudienceKind audience, string audienceKey, string link, params (string Name, string? Value)[] fields) => new()
        {
            Id = e.EventId, Kind = noticeKind, Audience = audience, AudienceKey = audienceKey, OccurredAt = e.OccurredAt, LinkPath = link,
            Fields = fields.Where(f => f.Value is not null).ToDictionary(f => f.Name, f => f.Value!),
        };

        return (kind, e.Type) switch
        {
            (LiveTopics.Kinds.Municipality, "MemberInvited") when consortiumId is not null =>
                Make(NoticeKind.Invitation, AudienceKind.Municipality, key, Links.Consortium(consortiumId),
                    ("consortiumId", consortiumId), ("municipality", S("municipality")), ("invitedBy", S("invitedBy"))),
            (LiveTopics.Kinds.Municipality, "PartnerSuggested") when S("needId") is { } needId =>
                Make(NoticeKind.PartnerSuggestion, AudienceKind.Municipality, key, Links.Need(needId),
                    ("needId", needId), ("matchedNeedId", S("matchedNeedId")), ("otherMunicipality", S("municipality")), ("score", S("score"))),
            (LiveTopics.Kinds.Consortium, "MemberJoined" or "MemberLeft" or "MemberDeclined") =>
                Make(NoticeKind.MembershipChange, AudienceKind.ConsortiumMembers, key, Links.Consortium(key),
                    ("consortiumId", key), ("municipality", S("municipality")), ("change", e.Type)),
            (LiveTopics.Kinds.Consortium, "PhaseChanged") =>
                Make(NoticeKind.PhaseChange, AudienceKind.ConsortiumMembers, key, Links.Consortium(key),
                    ("consortiumId", key), ("from", S("from")), ("to", S("to"))),
            (LiveTopics.Kinds.Consortium, "QuestionAsked") =>
                Make(NoticeKind.QuestionWaiting, AudienceKind.ConsortiumLead, key, Links.Consortium(key),
                    ("consortiumId", key), ("questionId", S("questionId"))),
            // The asker is never part of the event (ASKER_ANONYMOUS), so it cannot reach the notice either.
            (LiveTopics.Kinds.Consortium, "AnswerPublished") when S("questionId") is { } questionId =>
                Make(NoticeKind.Answer, AudienceKind.AnswerRecipients, key, Links.Consortium(key),
                    ("consortiumId", key), ("questionId", questionId), ("question", S("question")), ("answer", S("answer"))),
            (LiveTopics.Kinds.Supplier, "DialogueEventAnnounced") when S("eventId") is { } eventId && consortiumId is not null =>
                Make(NoticeKind.Announcement, AudienceKind.AnnouncementFollower, key, Links.DialogueEvent(eventId),
                    ("eventId", eventId), ("consortiumId", consortiumId), ("title", S("title")), ("startsAt", S("startsAt")),
                    ("kind", S("kind")), ("cpv", data.TryGetProperty("cpv", out var cpv) && cpv.ValueKind == JsonValueKind.Array
                        ? string.Join(',', cpv.EnumerateArray().Select(c => c.GetString())) : null)),
            (LiveTopics.Kinds.Supplier, "DialogueEventCancelled") when S("eventId") is { } eventId =>
                Make(NoticeKind.EventChange, AudienceKind.EventSupplier, key, Links.DialogueEvent(eventId),
                    ("eventId", eventId), ("consortiumId", consortiumId), ("reason", S("reason")), ("change", "cancelled")),
            // The day before registration closes, to the suppliers the event concerns (registered or following).
            (LiveTopics.Kinds.Supplier, "DialogueEventRegistrationDeadlineSoon") when S("eventId") is { } eventId && consortiumId is not null =>
                Make(NoticeKind.RegistrationDeadline, AudienceKind.EventSupplier, key, Links.DialogueEvent(eventId),
                    ("eventId", eventId), ("consortiumId", consortiumId), ("title", S("title")), ("startsAt", S("startsAt")),
                    ("registrationDeadline", S("registrationDeadline")), ("kind", S("kind")), ("cpv", CpvList(data))),
            _ => null,
        };
    }

    /// <summary>The kinds a person of a role can receive: what the live topics of that role carry.</summary>
    public static IReadOnlyList<NoticeKind> KindsFor(Common.CallerRole role) => role switch
    {
        Common.CallerRole.Municipality => [NoticeKind.Invitation, NoticeKind.MembershipChange, NoticeKind.PhaseChange, NoticeKind.QuestionWaiting, NoticeKind.PartnerSuggestion],
        Common.CallerRole.Supplier => [NoticeKind.Announcement, NoticeKind.Answer, NoticeKind.EventChange, NoticeKind.RegistrationDeadline],
        _ => [],
    };

    private static string? CpvList(JsonElement data) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty("cpv", out var cpv) && cpv.ValueKind == JsonValueKind.Array
            ? string.Join(',', cpv.EnumerateArray().Select(c => c.GetString())) : null;

    private static (string Kind, string? Key) Split(string topic)
    {
        var slash = topic.IndexOf('/');
        return slash <= 0 || topic.Contains('#') ? (topic, null) : (topic[..slash], topic[(slash + 1)..]);
    }
}

/// <summary>Paths of the web app's pages that notices link to (src/Web/src/routes.tsx).</summary>
public static class Links
{
    public static string Consortium(string id) => $"/kommune/samarbeid/{Uri.EscapeDataString(id)}";
    public static string Need(string id) => $"/kommune/behov/{Uri.EscapeDataString(id)}";
    public static string DialogueEvent(string id) => $"/dialogmoter/{Uri.EscapeDataString(id)}";
    public const string Settings = "/varslinger";
    public static string Confirm(string personId, string token) => $"/notifications/confirm?person={personId}&token={token}";
    /// <summary>The one-click unsubscribe endpoint (GET shows a page with a button, POST unsubscribes); no kind: the digest.</summary>
    public static string Unsubscribe(string personId, NoticeKind? kind, string token) =>
        kind is { } k ? $"/notifications/unsubscribe?person={personId}&kind={ContractName(k)}&token={token}"
            : $"/notifications/unsubscribe?person={personId}&token={token}";

    /// <summary>The contract spelling of a kind (SCREAMING_SNAKE_CASE).</summary>
    public static string ContractName(NoticeKind kind) => string.Concat(kind.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? $"_{c}" : $"{char.ToUpperInvariant(c)}"));
}
