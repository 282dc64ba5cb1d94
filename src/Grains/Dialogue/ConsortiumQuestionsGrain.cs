using Samspill.Grains.Common;

namespace Samspill.Grains.Dialogue;

/// <summary>Stores one page of a consortium's questions (<see cref="QuestionPageRules"/>); the consortium drives it.</summary>
public sealed class ConsortiumQuestionsGrain(
    [PersistentState("consortium-questions", StorageNames.Default)] IPersistentState<QuestionPageState> state) : Grain, IConsortiumQuestionsGrain
{
    private QuestionPageState S => state.State;

    private string ConsortiumId
    {
        get
        {
            var key = this.GetPrimaryKeyString();
            return key[..key.LastIndexOf('/')];
        }
    }

    Task<IReadOnlyList<QuestionRecord>> IConsortiumQuestionsGrain.Get(int upTo) =>
        Task.FromResult(QuestionPageRules.Confirmed(S, ConsortiumId, upTo));

    Task<QuestionRecord?> IConsortiumQuestionsGrain.Find(string questionId) =>
        Task.FromResult(S.Questions.FirstOrDefault(q => q.Id == questionId));

    async Task IConsortiumQuestionsGrain.Put(QuestionRecord question)
    {
        QuestionPageRules.Put(S, question);
        await state.CommitAsync(this);
    }

    async Task<QuestionRecord> IConsortiumQuestionsGrain.Answer(string questionId, string answer, DateTimeOffset at)
    {
        var before = S.Questions.FirstOrDefault(q => q.Id == questionId);
        var answered = QuestionPageRules.Answer(S, questionId, answer, at);
        if (!ReferenceEquals(before, answered)) await state.CommitAsync(this);
        return answered;
    }

    async Task IConsortiumQuestionsGrain.Log(AnswerDistribution distribution)
    {
        QuestionPageRules.Log(S, distribution);
        await state.CommitAsync(this);
    }

    Task<IReadOnlyList<AnswerDistribution>> IConsortiumQuestionsGrain.Distributions() =>
        Task.FromResult<IReadOnlyList<AnswerDistribution>>(S.AnswerDistributions.ToList());

    async Task IConsortiumQuestionsGrain.Import(IReadOnlyList<QuestionRecord> questions, IReadOnlyList<AnswerDistribution> distributions)
    {
        var count = (S.Questions.Count, S.AnswerDistributions.Count);
        QuestionPageRules.Import(S, questions, distributions);
        if ((S.Questions.Count, S.AnswerDistributions.Count) != count) await state.CommitAsync(this);
    }
}
