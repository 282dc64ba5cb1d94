using Orleans.Concurrency;
using Samspill.Grains.Common;
using Samspill.Grains.Dialogue;

namespace Samspill.Grains.Consortia;

/// <summary>The market dialogue of a consortium (same grain as <see cref="IConsortiumGrain"/>): events, questions, answers.</summary>
[RequiresCaller]
public interface IConsortiumDialogueGrain : IGrainWithStringKey
{
    /// <summary>Lead only, in NEEDS_CLARIFICATION or MARKET_DIALOGUE: announces the event and notifies its followers.</summary>
    Task<DialogueEventView> AnnounceDialogueEvent(AnnounceDialogueEventCommand command);

    /// <summary>Lead only: cancels one of the consortium's events and tells its followers and registered suppliers.</summary>
    Task<DialogueEventView> CancelDialogueEvent(string eventId, string reason);

    /// <summary>A supplier asks, only during MARKET_DIALOGUE (DIALOGUE_WINDOW).</summary>
    Task<QuestionView> AskQuestion(string text);

    /// <summary>Lead only: the answer is published to every supplier in the dialogue at once (EQUAL_TREATMENT).</summary>
    Task<QuestionView> AnswerQuestion(string questionId, string answer);

    /// <summary>The questions the caller may see, oldest first (empty when the consortium does not exist for the caller).</summary>
    Task<IReadOnlyList<QuestionView>> GetQuestions();

    /// <summary>
    /// True when the caller sees the whole consortium (a joined or invited member, programme staff). A pure read that
    /// interleaves, so an event grain can ask while this consortium waits on that event.
    /// </summary>
    [AlwaysInterleave]
    Task<bool> SeesAll();

    /// <summary>The levelling log, for those who see the whole consortium (members, programme staff); empty for others.</summary>
    Task<IReadOnlyList<AnswerDistribution>> GetAnswerDistribution();
}
