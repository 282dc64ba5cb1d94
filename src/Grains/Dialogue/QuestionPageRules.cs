using Samspill.Grains.Common;

namespace Samspill.Grains.Dialogue;

/// <summary>
/// What one page of questions stores, as plain functions over <see cref="QuestionPageState"/>. Each is safe to repeat,
/// since the consortium repeats a step it cannot tell finished; the domain rules stay in <see cref="QuestionRules"/>.
/// </summary>
public static class QuestionPageRules
{
    /// <summary>The questions numbered up to <paramref name="upTo"/> (those the consortium confirmed), oldest first.</summary>
    public static IReadOnlyList<QuestionRecord> Confirmed(QuestionPageState page, string consortiumId, int upTo) =>
        page.Questions.Where(q => QuestionIds.NumberOf(consortiumId, q.Id) <= upTo).ToList();

    /// <summary>
    /// Stores a question the consortium has numbered but not yet confirmed. One already stored under the id is an
    /// attempt whose confirmation never happened (the consortium hands out a number again only then): it is replaced.
    /// </summary>
    public static void Put(QuestionPageState page, QuestionRecord question)
    {
        var i = page.Questions.FindIndex(q => q.Id == question.Id);
        if (i >= 0) page.Questions[i] = question;
        else page.Questions.Add(question);
    }

    /// <summary>Records the answer; the same answer again is a repeat, another one a CONFLICT (a published answer cannot change).</summary>
    public static QuestionRecord Answer(QuestionPageState page, string questionId, string answer, DateTimeOffset at)
    {
        var i = page.Questions.FindIndex(q => q.Id == questionId);
        if (i < 0) throw DomainException.NotFound("The question");
        var stored = page.Questions[i];
        if (stored.IsAnswered)
            return stored.Answer == answer && stored.AnsweredAt == at
                ? stored
                : throw new DomainException(ErrorCodes.Conflict, "The question is already answered; a published answer cannot change.");
        return page.Questions[i] = stored with { Answer = answer, AnsweredAt = at };
    }

    /// <summary>Logs (or logs again) who an answer was delivered to.</summary>
    public static void Log(QuestionPageState page, AnswerDistribution distribution)
    {
        page.AnswerDistributions.RemoveAll(d => d.QuestionId == distribution.QuestionId);
        page.AnswerDistributions.Add(distribution);
    }

    /// <summary>Takes questions moved from an older consortium state; what the page already holds stays as it is.</summary>
    public static void Import(QuestionPageState page, IEnumerable<QuestionRecord> questions, IEnumerable<AnswerDistribution> distributions)
    {
        foreach (var q in questions)
            if (!page.Questions.Exists(x => x.Id == q.Id)) page.Questions.Add(q);
        foreach (var d in distributions)
            if (!page.AnswerDistributions.Exists(x => x.QuestionId == d.QuestionId)) page.AnswerDistributions.Add(d);
    }
}
