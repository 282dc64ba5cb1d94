using Samspill.Grains.Common;
using Samspill.Grains.Consortia;

namespace Samspill.Grains.Dialogue;

/// <summary>
/// Questions and answers of the market dialogue: DIALOGUE_WINDOW, LEAD_ONLY, EQUAL_TREATMENT and ASKER_ANONYMOUS as
/// plain functions over <see cref="ConsortiumState"/> and the question concerned (the questions themselves are stored
/// in pages, <see cref="QuestionPageRules"/>; the consortium keeps their count and the open ones per supplier).
/// </summary>
public static class QuestionRules
{
    public const int MaxOpenPerSupplier = 50;

    /// <summary>
    /// A supplier asks while the consortium is in MARKET_DIALOGUE: numbers the question and counts it as open. The
    /// returned question is stored in its page first; the consortium then stores these counts, which confirms it.
    /// </summary>
    public static QuestionRecord Ask(ConsortiumState s, string consortiumId, Caller caller, string? text, DateTimeOffset now)
    {
        var org = Guard.RequireSupplier(caller);
        var valid = TextInput.Required("text", text, 3, 4_000);
        RequireDialogue(s, "Questions are asked");
        var open = s.OpenQuestions.GetValueOrDefault(org);
        if (open >= MaxOpenPerSupplier)
            throw DomainException.Invalid("text", $"You have {MaxOpenPerSupplier} unanswered questions; wait for answers before asking more.");
        var question = new QuestionRecord { Id = QuestionIds.Of(consortiumId, ++s.QuestionCount), Text = valid, AskedAt = now, AskedBy = org };
        s.OpenQuestions[org] = open + 1;
        return question;
    }

    /// <summary>
    /// The lead answers <paramref name="question"/> (null when the consortium has no question under the id) once;
    /// returns it answered. Nothing changes here until its page has stored it (<see cref="Published"/>).
    /// </summary>
    public static QuestionRecord Answer(ConsortiumState s, QuestionRecord? question, Caller caller, string questionId, string? answer, DateTimeOffset now)
    {
        ConsortiumRules.RequireLead(s, caller);
        if (question is null || question.Id != questionId) throw DomainException.NotFound("The question");
        var valid = TextInput.Required("answer", answer, 1, 10_000);
        RequireDialogue(s, "Questions are answered");
        if (question.IsAnswered)
            throw new DomainException(ErrorCodes.Conflict, "The question is already answered; a published answer cannot change.");
        return question with { Answer = valid, AnsweredAt = now };
    }

    /// <summary>The answer is stored with its question: it is no longer open, and is owed to every supplier in the dialogue.</summary>
    public static void Published(ConsortiumState s, QuestionRecord answered)
    {
        if (s.OpenQuestions.TryGetValue(answered.AskedBy, out var open))
        {
            if (open <= 1) s.OpenQuestions.Remove(answered.AskedBy);
            else s.OpenQuestions[answered.AskedBy] = open - 1;
        }
        s.PendingAnswers.Add(answered.Id);
    }

    /// <summary>
    /// The question as published: an answer its page holds but the consortium has not yet published (a step left
    /// unfinished) is not shown, so nobody reads an answer before every supplier in the dialogue is sent it.
    /// </summary>
    public static QuestionRecord AsPublished(ConsortiumState s, QuestionRecord q) =>
        q.IsAnswered && s.AnswersToStore.ContainsKey(q.Id) ? q with { Answer = null, AnsweredAt = null } : q;

    /// <summary>Unanswered questions per supplier, counted from questions stored by an older build.</summary>
    public static Dictionary<string, int> OpenCounts(IEnumerable<QuestionRecord> questions) =>
        questions.Where(q => !q.IsAnswered).GroupBy(q => q.AskedBy).ToDictionary(g => g.Key, g => g.Count());

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

    /// <summary>What a consortium keeps of an Idempotency-Key: a short hash, since a key may be 200 characters.</summary>
    public static string KeyHash(string idempotencyKey) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(idempotencyKey)))[..16];

    private static void RequireDialogue(ConsortiumState s, string what)
    {
        if (s.Phase != ConsortiumPhase.MarketDialogue)
            throw DomainException.Violation(Rules.DialogueWindow,
                s.Phase > ConsortiumPhase.MarketDialogue
                    ? $"{what} only during MARKET_DIALOGUE; from COMPETITION on the dialogue is read-only."
                    : $"{what} only during MARKET_DIALOGUE; the consortium is {ConsortiumRules.PhaseName(s.Phase)}.");
    }
}
