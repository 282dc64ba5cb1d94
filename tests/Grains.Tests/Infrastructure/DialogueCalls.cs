using Samspill.Grains.Consortia;
using Samspill.Grains.Dialogue;
using Samspill.Grains.Suppliers;

namespace Samspill.Grains.Tests.Infrastructure;

/// <summary>Grain calls of the market dialogue, each made as the caller that may make it.</summary>
public static class DialogueCalls
{
    /// <summary>A consortium of two fresh municipalities with a need on <paramref name="cpv"/> each, in <paramref name="phase"/>.</summary>
    public static async Task<(string Id, string Lead, string Member)> ConsortiumIn(this ClusterFixture fx, ConsortiumPhase phase, string cpv = "48100000-9",
        string title = ClusterCalls.ConsortiumTitle)
    {
        var lead = Kommuner.Next();
        var member = Kommuner.Next();
        var need = await fx.PublishNeed(lead, cpv: cpv);
        var id = await fx.CreateConsortium(lead, need.Id, title);
        await fx.Join(id, lead, member);
        for (var p = ConsortiumPhase.NeedsClarification; p <= phase && p <= ConsortiumPhase.MarketDialogue; p++) await fx.Advance(id, lead, p);
        if (phase >= ConsortiumPhase.Competition)
        {
            await fx.Consortium(id, member, g => g.RecordAuthorization("Vedtak 1"));
            await fx.Advance(id, lead, ConsortiumPhase.Competition);
        }
        return (id, lead, member);
    }

    public static AnnounceDialogueEventCommand Announcement(this ClusterFixture fx, int? capacity = null, TimeSpan? deadlineIn = null)
    {
        var now = fx.Clock.GetUtcNow();
        var deadline = now + (deadlineIn ?? TimeSpan.FromDays(10));
        return new AnnounceDialogueEventCommand
        {
            Title = "Dialogkonferanse", Description = "Vi vil høre fra markedet", Kind = DialogueEventKind.Conference,
            StartsAt = deadline.AddDays(2), EndsAt = deadline.AddDays(2).AddHours(4), Location = "Rådhuset",
            RegistrationDeadline = deadline, Capacity = capacity,
        };
    }

    public static Task<DialogueEventView> Announce(this ClusterFixture fx, string id, string lead, AnnounceDialogueEventCommand? command = null) =>
        fx.As(Callers.Municipality(lead), c => c.GetGrain<IConsortiumDialogueGrain>(id).AnnounceDialogueEvent(command ?? fx.Announcement()));

    /// <summary>A registered supplier with the given follows.</summary>
    public static async Task<string> Supplier(this ClusterFixture fx, params (FollowKind Kind, string Value)[] follows)
    {
        var org = OrgNumbers.Next();
        await fx.AsSupplier(org, g => g.Register($"Leverandør {org}"));
        foreach (var (kind, value) in follows) await fx.AsSupplier(org, g => g.Follow(kind, value));
        return org;
    }

    public static Task<T> AsSupplier<T>(this ClusterFixture fx, string org, Func<ISupplierGrain, Task<T>> call) =>
        fx.As(Callers.Supplier(org), c => call(c.GetGrain<ISupplierGrain>(org)));

    public static Task<RegistrationRecord> Register(this ClusterFixture fx, string org, string eventId, int attendees = 1) =>
        fx.As(Callers.Supplier(org), c => c.GetGrain<IDialogueEventGrain>(eventId).Register(attendees));

    public static Task<DialogueEventView?> Event(this ClusterFixture fx, string eventId) =>
        fx.As(Callers.Anonymous, c => c.GetGrain<IDialogueEventGrain>(eventId).GetView());

    public static Task<QuestionView> Ask(this ClusterFixture fx, string id, string org, string text = "Hvilke standarder gjelder?") =>
        fx.As(Callers.Supplier(org), c => c.GetGrain<IConsortiumDialogueGrain>(id).AskQuestion(text));

    public static Task<QuestionView> Answer(this ClusterFixture fx, string id, string lead, string questionId, string answer = "EN 50134 gjelder.") =>
        fx.As(Callers.Municipality(lead), c => c.GetGrain<IConsortiumDialogueGrain>(id).AnswerQuestion(questionId, answer));
}
