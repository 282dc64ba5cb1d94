using Samspill.Grains.Common;
using Samspill.Grains.Consortia;

namespace Samspill.Grains.Dialogue;

/// <summary>
/// Questions and answers of the market dialogue: DIALOGUE_WINDOW, LEAD_ONLY, EQUAL_TREATMENT and ASKER_ANONYMOUS as
/// plain functions over <see cref="ConsortiumState"/>.
/// </summary>
public static class QuestionRules
{
    public const int MaxOpenPerSupplier = 50;

    /// <summary>A supplier asks while the consortium is in MARKET_DIALOGUE; returns the stored question.</summary>
    public static QuestionRecord Ask(ConsortiumState s, string consortiumId, Caller caller, string? text, DateTimeOffset now)
    {
        var org = Guard.RequireSupplier(caller);
        var valid = TextInput.Required("text", text, 3, 4_000);
        RequireDialogue(s, "Questions are asked");
        if (s.Questions.Count(q => q.AskedBy == org && !q.IsAnswered) >= MaxOpenPerSupplier)
            throw DomainException.Invalid("text", $"You have {MaxOpenPerSupplier} unanswered questions; wait for answers before asking more.");
        var question = new QuestionRecord { Id = QuestionIds.Of(consortiumId, ++s.QuestionCount), Text = valid, AskedAt = now, AskedBy = org };
        s.Questions.Add(question);
        return question;
    }

    /// <summary>The lead answers once; the answer is then published to every supplier in the dialogue.</summary>
    public static QuestionRecord Answer(ConsortiumState s, Caller caller, string questionId, string? answer, DateTimeOffset now)
    {
        ConsortiumRules.RequireLead(s, caller);
        var i = s.Questions.FindIndex(q => q.Id == questionId);
        if (i < 0) throw DomainException.NotFound("The question");
        var valid = TextInput.Required("answer", answer, 1, 10_000);
        RequireDialogue(s, "Questions are answered");
        if (s.Questions[i].IsAnswered)
            throw new DomainException(ErrorCodes.Conflict, "The question is already answered; a published answer cannot change.");
        var answered = s.Questions[i] with { Answer = valid, AnsweredAt = now };
        s.Questions[i] = answered;
        return answered;
    }

    /// <summary>
    /// The question as <paramref name="caller"/> may see it: answered questions are public; unanswered ones only for
    /// the asker and those who see the whole consortium; the asker is named only to itself and to them.
    /// </summary>
    public static QuestionView? View(QuestionRecord q, string consortiumId, Caller caller, bool fullView)
    {
        var own = caller.IsSupplier(q.AskedBy);
        if (!q.IsAnswered && !own && !fullView) return null;
        return new QuestionView(q.Id, consortiumId, q.Text, q.AskedAt, own || fullView ? q.AskedBy : null, q.Answer, q.AnsweredAt);
    }

    /// <summary>Every supplier in the dialogue: registered for one of its events, following the consortium, or the asker.</summary>
    public static IReadOnlyList<string> Recipients(IEnumerable<string> registered, IEnumerable<string> followers, string asker) =>
        registered.Concat(followers).Append(asker).Distinct().OrderBy(o => o, StringComparer.Ordinal).ToList();

    private static void RequireDialogue(ConsortiumState s, string what)
    {
        if (s.Phase != ConsortiumPhase.MarketDialogue)
            throw DomainException.Violation(Rules.DialogueWindow,
                s.Phase > ConsortiumPhase.MarketDialogue
                    ? $"{what} only during MARKET_DIALOGUE; from COMPETITION on the dialogue is read-only."
                    : $"{what} only during MARKET_DIALOGUE; the consortium is {ConsortiumRules.PhaseName(s.Phase)}.");
    }
}
