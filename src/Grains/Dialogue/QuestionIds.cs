namespace Samspill.Grains.Dialogue;

/// <summary>Question ids carry their consortium ("{consortiumId}-q7") so answerQuestion reaches it without a lookup.</summary>
public static class QuestionIds
{
    private const string Separator = "-q";

    public static string Of(string consortiumId, int number) => $"{consortiumId}{Separator}{number}";

    /// <summary>The consortium id in a question id, or null when the id is malformed.</summary>
    public static string? ConsortiumOf(string? questionId)
    {
        if (questionId is null || questionId.Length > 80) return null;
        var at = questionId.LastIndexOf(Separator, StringComparison.Ordinal);
        if (at <= 0) return null;
        var number = questionId[(at + Separator.Length)..];
        return number.Length is > 0 and <= 9 && number.All(char.IsAsciiDigit) ? questionId[..at] : null;
    }

    /// <summary>The question's number within <paramref name="consortiumId"/> (1, 2, …), or null when the id is not one of its.</summary>
    public static int? NumberOf(string consortiumId, string? questionId)
    {
        if (ConsortiumOf(questionId) != consortiumId) return null;
        var number = int.Parse(questionId![(consortiumId.Length + Separator.Length)..], System.Globalization.CultureInfo.InvariantCulture);
        return number > 0 ? number : null;
    }
}
