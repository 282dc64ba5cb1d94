using Samspill.Grains.Consortia;
using Samspill.Grains.Dialogue;
using Samspill.Grains.Live;
using Samspill.Grains.ReferenceData;

namespace Samspill.Gateway.Live;

/// <summary>
/// Who may subscribe to which topic (contract/live.md), and to which stream: the full topic or its public view.
/// Groups are not a security feature by themselves; this is.
/// </summary>
public sealed class TopicAccess(IGrainFactory grains, ReferenceCatalog catalog)
{
    /// <summary>
    /// The stream the caller (the one <see cref="CallerContext"/> carries, which grains check again) gets for
    /// <paramref name="topic"/>; throws FORBIDDEN or NOT_FOUND otherwise.
    /// </summary>
    public async Task<string> ResolveAsync(Caller caller, string topic)
    {
        var slash = topic.IndexOf('/');
        var kind = slash < 0 ? topic : topic[..slash];
        var key = slash < 0 ? "" : topic[(slash + 1)..];
        switch (kind)
        {
            case LiveTopics.Programme when slash < 0:
                return caller.IsProgramme ? topic : throw Forbidden(topic);
            case LiveTopics.Kinds.Municipality when catalog.Municipality(key) is not null:
                // Staff get the municipality's stream without its PRIVATE needs, in push and in replay alike.
                if (caller.IsMunicipality(key)) return topic;
                return caller.IsProgramme ? LiveTopics.StaffView(topic) : throw Forbidden(topic);
            case LiveTopics.Kinds.Consortium when EntityIds.IsWellFormed(key):
                return await ConsortiumStreamAsync(caller, topic, key);
            case LiveTopics.Kinds.Supplier when Identifiers.IsValidOrganisationNumber(key):
                return caller.IsProgramme || caller.IsSupplier(key) ? topic : throw Forbidden(topic);
            case LiveTopics.Kinds.Dialogue when EntityIds.IsWellFormed(key):
                // Announced events are public, and the event topic carries counts and status only.
                return await grains.GetGrain<IDialogueEventGrain>(key).GetView() is not null
                    ? topic
                    : throw new DomainException(ErrorCodes.NotFound, $"NOT_FOUND: there is no topic '{topic}'.");
            default:
                throw new DomainException(ErrorCodes.NotFound, $"NOT_FOUND: there is no topic '{topic}'.");
        }
    }

    private async Task<string> ConsortiumStreamAsync(Caller caller, string topic, string id)
    {
        var view = await grains.GetGrain<IConsortiumGrain>(id).GetView()
            ?? throw new DomainException(ErrorCodes.NotFound, $"NOT_FOUND: there is no topic '{topic}'.");
        if (view.FullView) return topic;
        if (view.DialogueEventIds.Count > 0) return LiveTopics.PublicView(topic);
        throw Forbidden(topic);
    }

    private static DomainException Forbidden(string topic) =>
        new(ErrorCodes.Forbidden, $"FORBIDDEN: you may not subscribe to '{topic}'.");
}
