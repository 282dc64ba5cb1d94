using Samspill.Grains.Consortia;
using Samspill.Grains.Dialogue;
using Samspill.Grains.Suppliers;

namespace Samspill.Grains.Tests.RuleTests;

/// <summary>Dialogue events and announcements for rule tests, built from the consortium states the rules reach.</summary>
public static class DialogueStates
{
    public static readonly DateTimeOffset Now = ConsortiumStates.Now;
    public static readonly DateTimeOffset Deadline = Now.AddDays(10);
    public static readonly DateTimeOffset Starts = Now.AddDays(14);
    public static readonly DateTimeOffset Ends = Starts.AddHours(4);

    public static AnnounceDialogueEventCommand Announcement(int? capacity = null) => new()
    {
        Title = "Dialogkonferanse om trygghetsteknologi", Description = "Vi vil høre fra markedet", Kind = DialogueEventKind.Conference,
        StartsAt = Starts, EndsAt = Ends, Location = "Bodø rådhus", RegistrationDeadline = Deadline, Capacity = capacity,
    };

    /// <summary>An announced event with the given capacity and no registrations.</summary>
    public static DialogueEventState Event(int? capacity = null) => new()
    {
        Event = new DialogueEventDraft
        {
            EventId = "e1", Title = "Dialogkonferanse", Description = "", Kind = DialogueEventKind.Conference,
            StartsAt = Starts, EndsAt = Ends, RegistrationDeadline = Deadline, Capacity = capacity, AnnouncedAt = Now,
            Audience = new DialogueAudience("c1", [ConsortiumStates.Lead], ["46"], ["48000000-8"]),
        },
    };

    public static ConsortiumState InDialogue() => ConsortiumStates.In(ConsortiumPhase.MarketDialogue);
}
