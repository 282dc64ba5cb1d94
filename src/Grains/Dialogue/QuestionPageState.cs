namespace Samspill.Grains.Dialogue;

/// <summary>Stored state of one page of a consortium's questions (see <see cref="QuestionPages"/>).</summary>
[GenerateSerializer, Alias("Samspill.QuestionPageState")]
public sealed class QuestionPageState
{
    /// <summary>The page's questions, oldest first; one above the consortium's count was never confirmed and is not shown.</summary>
    [Id(0)] public List<QuestionRecord> Questions { get; set; } = [];
    /// <summary>The levelling log of this page's answers: which suppliers each answer went to, and when.</summary>
    [Id(1)] public List<AnswerDistribution> AnswerDistributions { get; set; } = [];
}
