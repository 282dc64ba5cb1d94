using Samspill.Grains.Consortia;
using Samspill.Grains.Dialogue;

namespace Samspill.Gateway.Ocds;

/// <summary>An announced dialogue event, as plain input to <see cref="OcdsMapper"/> (becomes an engagement milestone).</summary>
public sealed record OcdsMilestoneInput(
    string EventId,
    string Title,
    string Description,
    string Kind,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    DialogueEventStatus Status,
    DateTimeOffset AnnouncedAt,
    DateTimeOffset? ChangedAt = null);

/// <summary>
/// A question of the market dialogue, as plain input to <see cref="OcdsMapper"/>. It carries no asker on purpose
/// (ASKER_ANONYMOUS); only answered, and so published, questions reach the open data.
/// </summary>
public sealed record OcdsEnquiryInput(
    string QuestionId,
    string Question,
    DateTimeOffset AskedAt,
    string? Answer,
    DateTimeOffset? AnsweredAt);

/// <summary>What the dialogue side knows of one consortium for the open data.</summary>
public sealed record OcdsDialogue(IReadOnlyList<OcdsMilestoneInput> Milestones, IReadOnlyList<OcdsEnquiryInput> Enquiries)
{
    public static readonly OcdsDialogue None = new([], []);
}

/// <summary>
/// Everything one consortium's release is made of: the consortium as an anonymous caller sees it, the titles of
/// those pooled needs that are public (others are described by their CPV code only), and its dialogue.
/// </summary>
public sealed record OcdsConsortiumInput(
    ConsortiumView Consortium,
    IReadOnlyDictionary<string, string> PublicNeedTitles,
    OcdsDialogue Dialogue);
