namespace Samspill.Grains.Dialogue;

/// <summary>
/// One page of a consortium's questions, answers and levelling log, keyed by <see cref="QuestionPages.Key"/>. Only
/// the consortium calls it: it has checked the caller and the rules, and it says how many questions it confirmed.
/// </summary>
public interface IConsortiumQuestionsGrain : IGrainWithStringKey
{
    /// <summary>The questions numbered up to <paramref name="upTo"/>, oldest first.</summary>
    Task<IReadOnlyList<QuestionRecord>> Get(int upTo);

    /// <summary>One question, confirmed or not (null when none is stored under the id).</summary>
    Task<QuestionRecord?> Find(string questionId);

    /// <summary>Stores a numbered question before the consortium confirms it; replaces an unconfirmed one with the id.</summary>
    Task Put(QuestionRecord question);

    /// <summary>Stores the answer; idempotent for the same answer and time, CONFLICT for another.</summary>
    Task<QuestionRecord> Answer(string questionId, string answer, DateTimeOffset at);

    /// <summary>Logs who the answer was delivered to (replacing an earlier log of the same answer).</summary>
    Task Log(AnswerDistribution distribution);

    /// <summary>The levelling log of this page's confirmed answers.</summary>
    Task<IReadOnlyList<AnswerDistribution>> Distributions();

    /// <summary>Takes questions moved out of an older consortium state; idempotent.</summary>
    Task Import(IReadOnlyList<QuestionRecord> questions, IReadOnlyList<AnswerDistribution> distributions);
}
