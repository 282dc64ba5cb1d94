using Microsoft.Extensions.Logging;
using Samspill.Grains.Common;
using Samspill.Grains.Dialogue;
using Samspill.Grains.Live;
using Samspill.Grains.Suppliers;

namespace Samspill.Grains.Consortia;

/// <summary>
/// The consortium's market dialogue. Announcing and cancelling span this grain, the event grain and the followers'
/// topics: the intent is stored here first, the event grain applies it (idempotently) and fans it out, then this grain
/// records the outcome; unfinished intents are resumed like pending pools. Answers are stored, then delivered to
/// every supplier in the dialogue with ids derived from the question, and the delivery is logged.
/// </summary>
public sealed partial class ConsortiumGrain : IConsortiumDialogueGrain
{
    async Task<DialogueEventView> IConsortiumDialogueGrain.AnnounceDialogueEvent(AnnounceDialogueEventCommand command)
    {
        RequireMunicipalityCaller();
        await ResumePendingAsync();
        var valid = DialogueRules.Announce(S, CallerContext.Current, command, Now);
        var eventId = Guid.NewGuid().ToString("N");
        var members = S.Members.Where(m => m.IsJoined).Select(m => m.Municipality).Order(StringComparer.Ordinal).ToList();
        var draft = new DialogueEventDraft
        {
            EventId = eventId, Title = valid.Title!, Description = valid.Description!, Kind = valid.Kind,
            StartsAt = valid.StartsAt, EndsAt = valid.EndsAt, Location = valid.Location,
            RegistrationDeadline = valid.RegistrationDeadline, Capacity = valid.Capacity, AnnouncedAt = Now,
            Audience = new DialogueAudience(Id, members,
                members.Select(m => catalog.Municipality(m)?.CountyNumber).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList(),
                CpvOf(S)),
            Lead = S.Lead,
        };
        S.PendingAnnouncements[eventId] = draft;
        await CommitAsync();
        await CompleteAnnouncementAsync(draft);
        return (await GrainFactory.GetGrain<IDialogueEventGrain>(eventId).GetView())!;
    }

    async Task<DialogueEventView> IConsortiumDialogueGrain.CancelDialogueEvent(string eventId, string reason)
    {
        RequireMunicipalityCaller();
        await ResumePendingAsync();
        var validReason = DialogueRules.CheckCancel(S, CallerContext.Current, eventId, reason);
        var events = GrainFactory.GetGrain<IDialogueEventGrain>(eventId);
        if (await events.GetView() is { Status: DialogueEventStatus.Cancelled } already) return already;
        S.PendingCancellations[eventId] = validReason;
        await CommitAsync();
        await CompleteCancellationAsync(eventId, validReason);
        return (await events.GetView())!;
    }

    async Task<QuestionView> IConsortiumDialogueGrain.AskQuestion(string text)
    {
        var caller = CallerContext.Current;
        var org = Guard.RequireSupplier(caller);
        RequireExists();
        SupplierRules.RequireRegistered(await GrainFactory.GetGrain<ISupplierLedgerGrain>(org).IsRegistered());
        var question = QuestionRules.Ask(S, Id, caller, text, Now);
        // Members hear that a question came in; the public and other suppliers hear nothing until it is answered.
        Apply([new ConsortiumChange("QuestionAsked", "A supplier asked a question", null, new { questionId = question.Id })]);
        await CommitAsync();
        return QuestionRules.View(question, Id, caller, FullView(caller))!;
    }

    async Task<QuestionView> IConsortiumDialogueGrain.AnswerQuestion(string questionId, string answer)
    {
        RequireMunicipalityCaller();
        var caller = CallerContext.Current;
        var answered = QuestionRules.Answer(S, caller, questionId, answer, Now);
        S.PendingAnswers.Add(answered.Id);
        // The consortium topic and its public view carry the answer; the asker is never part of it (ASKER_ANONYMOUS).
        Apply([new ConsortiumChange("AnswerPublished", "An answer was published to every supplier in the dialogue", S.Lead,
            new { questionId = answered.Id, question = answered.Text, answer = answered.Answer }, Public: true)]);
        await CommitAsync();
        await DistributeAnswerAsync(answered.Id);
        return QuestionRules.View(answered, Id, caller, FullView(caller))!;
    }

    Task<IReadOnlyList<QuestionView>> IConsortiumDialogueGrain.GetQuestions()
    {
        var caller = CallerContext.Current;
        if (!S.Created || !ConsortiumVisibility.CanSee(caller, S.AnnouncedEventIds.Count > 0)) return Task.FromResult<IReadOnlyList<QuestionView>>([]);
        var full = FullView(caller);
        return Task.FromResult<IReadOnlyList<QuestionView>>(S.Questions
            .Select(q => QuestionRules.View(q, Id, caller, full)).OfType<QuestionView>().ToList());
    }

    Task<IReadOnlyList<AnswerDistribution>> IConsortiumDialogueGrain.GetAnswerDistribution() =>
        Task.FromResult<IReadOnlyList<AnswerDistribution>>(S.Created && FullView(CallerContext.Current) ? S.AnswerDistributions.ToList() : []);

    Task<bool> IConsortiumDialogueGrain.SeesAll() => Task.FromResult(S.Created && FullView(CallerContext.Current));

    private bool FullView(Caller caller) => ConsortiumVisibility.SeesAll(caller, S.Members.Select(m => (m.Municipality, m.Status)));

    /// <summary>Second and third step of announcing; safe to repeat.</summary>
    private async Task CompleteAnnouncementAsync(DialogueEventDraft draft)
    {
        faults.Hit(FaultPoints.AnnouncementStored);
        await GrainFactory.GetGrain<IDialogueEventLedgerGrain>(draft.EventId).Create(draft);
        faults.Hit(FaultPoints.AnnouncementCreated);
        S.PendingAnnouncements.Remove(draft.EventId);
        if (S.AnnouncedEventIds.Add(draft.EventId))
            Apply([new ConsortiumChange("DialogueEventAnnounced", $"{DialogueRules.KindName(draft.Kind)} \"{draft.Title}\" announced for {draft.StartsAt:u}", S.Lead,
                new { eventId = draft.EventId, title = draft.Title, startsAt = draft.StartsAt, cpv = draft.Audience.Cpv }, ToProgramme: true, Public: true)]);
        await CommitAsync();
    }

    private async Task CompleteCancellationAsync(string eventId, string reason)
    {
        await GrainFactory.GetGrain<IDialogueEventLedgerGrain>(eventId).Cancel(reason);
        S.PendingCancellations.Remove(eventId);
        if (S.CancelledEventIds.Add(eventId))
            Apply([new ConsortiumChange("DialogueEventCancelled", $"Dialogue event cancelled: {reason}", S.Lead,
                new { eventId, reason }, ToProgramme: true, Public: true)]);
        await CommitAsync();
    }

    /// <summary>
    /// Sends the answer to every supplier in the dialogue and logs who got it. Each copy's id is derived from the
    /// question, so a resumed delivery is dropped by the topics that already have it.
    /// </summary>
    private async Task DistributeAnswerAsync(string questionId)
    {
        faults.Hit(FaultPoints.AnswerStored);
        var question = S.Questions.First(q => q.Id == questionId);
        var registered = await Task.WhenAll(S.AnnouncedEventIds.Select(e => GrainFactory.GetGrain<IDialogueEventLedgerGrain>(e).ActiveRegistrants()));
        var audience = new DialogueAudience(Id, [], [], []);
        var followers = await GrainFactory.GetGrain<IFollowerIndexGrain>(FollowRules.IndexKey(FollowKind.Consortium, Id)).Followers(audience);
        var recipients = QuestionRules.Recipients(registered.SelectMany(r => r), followers, question.AskedBy);

        var template = LiveEventDraft.Create("", "AnswerPublished",
            new { questionId, consortiumId = Id, question = question.Text, answer = question.Answer }, question.AnsweredAt ?? Now) with { EventId = $"{questionId}:answer" };
        await LiveOutbox.DeliverAsync(GrainFactory, recipients.Select(org => template.On(LiveTopics.Supplier(org))).ToList());

        S.AnswerDistributions.RemoveAll(d => d.QuestionId == questionId);
        S.AnswerDistributions.Add(new AnswerDistribution(questionId, question.AnsweredAt ?? Now, recipients));
        S.PendingAnswers.Remove(questionId);
        await CommitAsync();
    }

    private async Task ResumeDialogueAsync()
    {
        foreach (var draft in S.PendingAnnouncements.Values.ToList()) await CompleteAnnouncementAsync(draft);
        foreach (var (eventId, reason) in S.PendingCancellations.ToList())
        {
            try { await CompleteCancellationAsync(eventId, reason); }
            catch (DomainException ex)
            {
                logger.LogInformation("Pending cancellation of {Event} in {Id} refused on resume: {Message}", eventId, Id, ex.Message);
                S.PendingCancellations.Remove(eventId);
                await CommitAsync();
            }
        }
        foreach (var questionId in S.PendingAnswers.ToList()) await DistributeAnswerAsync(questionId);
    }
}
