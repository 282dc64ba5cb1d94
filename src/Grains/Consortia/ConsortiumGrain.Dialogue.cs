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
        var key = IdempotencyContext.Current is { } k ? QuestionRules.KeyHash(k) : null;
        // A retry of an ask whose answer was lost (the gateway checked it is the same request): the question is there.
        if (key is not null && S.LastKeyedQuestions.TryGetValue(org, out var keyed) && keyed.Key == key
            && await FindQuestionAsync(keyed.QuestionId) is { } asked)
            return QuestionRules.View(asked, Id, caller, FullView(caller))!;
        SupplierRules.RequireRegistered(await GrainFactory.GetGrain<ISupplierLedgerGrain>(org).IsRegistered());
        var (count, open) = (S.QuestionCount, S.OpenQuestions.GetValueOrDefault(org));
        var question = QuestionRules.Ask(S, Id, caller, text, Now);
        try
        {
            // The page stores the question first; this grain's write of the count confirms it. A question whose
            // confirmation fails stays unseen (pages show only numbers up to the count) and its number is handed out again.
            await Page(question.Id).Put(question);
            faults.Hit(FaultPoints.QuestionPageStored);
            if (key is not null) S.LastKeyedQuestions[org] = new KeyedQuestion(key, question.Id);
            // Members hear that a question came in; the public and other suppliers hear nothing until it is answered.
            Apply([new ConsortiumChange("QuestionAsked", "A supplier asked a question", null, new { questionId = question.Id })]);
            await CommitAsync();
        }
        catch when (S.QuestionCount == count + 1)
        {
            // Refused (the page or this write): this activation must not run ahead of what is stored.
            S.QuestionCount = count;
            if (open == 0) S.OpenQuestions.Remove(org); else S.OpenQuestions[org] = open;
            throw;
        }
        return QuestionRules.View(question, Id, caller, FullView(caller))!;
    }

    async Task<QuestionView> IConsortiumDialogueGrain.AnswerQuestion(string questionId, string answer)
    {
        RequireMunicipalityCaller();
        var caller = CallerContext.Current;
        ConsortiumRules.RequireLead(S, caller);
        var stored = await FindQuestionAsync(questionId);
        // A retry of an answer whose reply was lost: the same answer, already published, is the reply.
        if (IdempotencyContext.Current is not null && stored is { IsAnswered: true } && stored.Answer == answer?.Trim())
            return QuestionRules.View(stored, Id, caller, FullView(caller))!;
        var answered = QuestionRules.Answer(S, stored, caller, questionId, answer, Now);
        // The answer is stored here first, then with its question, then published: a crash in between finishes it
        // on the next activation, and one the page refuses is dropped before anyone heard of it.
        S.AnswersToStore[answered.Id] = new PendingAnswer(answered.Answer!, answered.AnsweredAt!.Value);
        await CommitAsync();
        answered = await StoreAnswerAsync(answered.Id, S.AnswersToStore[answered.Id]);
        await DistributeAnswerAsync(answered.Id);
        return QuestionRules.View(answered, Id, caller, FullView(caller))!;
    }

    async Task<IReadOnlyList<QuestionView>> IConsortiumDialogueGrain.GetQuestions()
    {
        var caller = CallerContext.Current;
        if (!S.Created || !ConsortiumVisibility.CanSee(caller, S.AnnouncedEventIds.Count > 0)) return [];
        var full = FullView(caller);
        var count = S.QuestionCount;
        var pages = await Task.WhenAll(Enumerable.Range(0, QuestionPages.Count(count))
            .Select(p => GrainFactory.GetGrain<IConsortiumQuestionsGrain>(QuestionPages.Key(Id, p)).Get(count)));
        return pages.SelectMany(p => p).Select(q => QuestionRules.View(QuestionRules.AsPublished(S, q), Id, caller, full)).OfType<QuestionView>().ToList();
    }

    async Task<IReadOnlyList<AnswerDistribution>> IConsortiumDialogueGrain.GetAnswerDistribution()
    {
        if (!S.Created || !FullView(CallerContext.Current)) return [];
        var pages = await Task.WhenAll(Enumerable.Range(0, QuestionPages.Count(S.QuestionCount))
            .Select(p => GrainFactory.GetGrain<IConsortiumQuestionsGrain>(QuestionPages.Key(Id, p)).Distributions()));
        return pages.SelectMany(p => p).ToList();
    }

    Task<bool> IConsortiumDialogueGrain.SeesAll() => Task.FromResult(S.Created && FullView(CallerContext.Current));

    private IConsortiumQuestionsGrain Page(string questionId) =>
        GrainFactory.GetGrain<IConsortiumQuestionsGrain>(QuestionPages.Key(Id, QuestionPages.Of(QuestionIds.NumberOf(Id, questionId)!.Value)));

    /// <summary>A confirmed question of this consortium, or null (also for an id of another consortium or a number not yet given).</summary>
    private async Task<QuestionRecord?> FindQuestionAsync(string? questionId) =>
        QuestionIds.NumberOf(Id, questionId) is { } number && number <= S.QuestionCount ? await Page(questionId!).Find(questionId!) : null;

    /// <summary>
    /// One-time move of questions and the levelling log stored in <see cref="ConsortiumState"/> by older builds into
    /// their pages, before anything reads them: pages first (idempotent), then this state lets go of them, so a crash
    /// in between moves them again on the next activation.
    /// </summary>
    private async Task MoveStoredQuestionsAsync()
    {
#pragma warning disable CS0618 // reading the obsolete lists is the point
        if (S.Questions.Count == 0 && S.AnswerDistributions.Count == 0) return;
        var questions = S.Questions.ToList();
        var distributions = S.AnswerDistributions.ToList();
        await Task.WhenAll(questions
            .GroupBy(q => QuestionPages.Of(QuestionIds.NumberOf(Id, q.Id) ?? 1))
            .Select(page => GrainFactory.GetGrain<IConsortiumQuestionsGrain>(QuestionPages.Key(Id, page.Key)).Import(
                page.ToList(), distributions.Where(d => page.Any(q => q.Id == d.QuestionId)).ToList())));
        S.OpenQuestions = QuestionRules.OpenCounts(questions);
        S.QuestionCount = Math.Max(S.QuestionCount, questions.Select(q => QuestionIds.NumberOf(Id, q.Id) ?? 0).DefaultIfEmpty(0).Max());
        S.Questions = [];
        S.AnswerDistributions = [];
#pragma warning restore CS0618
        await state.WriteStateAsync();
        logger.LogInformation("Moved {Count} questions of consortium {Id} into their own grains", questions.Count, Id);
    }

    /// <summary>Second step of answering: the page stores the answer, then this grain publishes it. Safe to repeat.</summary>
    private async Task<QuestionRecord> StoreAnswerAsync(string questionId, PendingAnswer answer)
    {
        QuestionRecord answered;
        try
        {
            answered = await Page(questionId).Answer(questionId, answer.Text, answer.At);
        }
        catch (DomainException)
        {
            S.AnswersToStore.Remove(questionId);
            await CommitAsync();
            throw;
        }
        faults.Hit(FaultPoints.AnswerPageStored);
        S.AnswersToStore.Remove(questionId);
        QuestionRules.Published(S, answered);
        // The consortium topic and its public view carry the answer; the asker is never part of it (ASKER_ANONYMOUS).
        Apply([new ConsortiumChange("AnswerPublished", "An answer was published to every supplier in the dialogue", S.Lead,
            new { questionId = answered.Id, question = answered.Text, answer = answered.Answer }, Public: true)]);
        await CommitAsync();
        return answered;
    }

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
        var question = await Page(questionId).Find(questionId)
            ?? throw new InvalidOperationException($"Question {questionId} is published but not stored in its page.");
        var registered = await Task.WhenAll(S.AnnouncedEventIds.Select(e => GrainFactory.GetGrain<IDialogueEventLedgerGrain>(e).ActiveRegistrants()));
        var audience = new DialogueAudience(Id, [], [], []);
        var followers = await GrainFactory.GetGrain<IFollowerIndexGrain>(FollowRules.IndexKey(FollowKind.Consortium, Id)).Followers(audience);
        var recipients = QuestionRules.Recipients(registered.SelectMany(r => r), followers, question.AskedBy);

        var template = LiveEventDraft.Create("", "AnswerPublished",
            new { questionId, consortiumId = Id, question = question.Text, answer = question.Answer }, question.AnsweredAt ?? Now) with { EventId = $"{questionId}:answer" };
        await LiveOutbox.DeliverAsync(GrainFactory, recipients.Select(org => template.On(LiveTopics.Supplier(org))).ToList());

        await Page(questionId).Log(new AnswerDistribution(questionId, question.AnsweredAt ?? Now, recipients));
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
        foreach (var (questionId, answer) in S.AnswersToStore.ToList())
        {
            try { await StoreAnswerAsync(questionId, answer); }
            catch (DomainException ex) { logger.LogInformation("Pending answer to {Question} refused on resume: {Message}", questionId, ex.Message); }
        }
        foreach (var questionId in S.PendingAnswers.ToList()) await DistributeAnswerAsync(questionId);
    }
}
