namespace Samspill.Grains.Dialogue;

/// <summary>
/// Which page grain holds a consortium's question: questions 1–8 on page 0, 9–16 on page 1, and so on.
/// <para>
/// Why pages of 8 and not one grain per consortium: a question is at most 4,000 characters and its answer 10,000, and
/// the stored JSON escapes every non-ASCII character as \uXXXX (6 bytes), so one answered question can take 84 KB
/// plus 12 bytes per supplier in its levelling log. Nothing bounds how many questions a dialogue gets, so one state
/// per consortium would hit the 752 KiB limit again (at ~9 such questions, or ~100 ordinary ones with 400 suppliers).
/// Eight worst-case questions with 1,000 recipients each are 770 KB, inside the limit; ordinary ones (2 KB of text,
/// 400 recipients) are ~55 KB a page. Reading all questions asks one grain per 8 questions, all at once.
/// </para>
/// </summary>
public static class QuestionPages
{
    public const int PageSize = 8;

    /// <summary>The page of question number <paramref name="number"/> (1-based).</summary>
    public static int Of(int number) => (number - 1) / PageSize;

    /// <summary>How many pages hold questions 1 to <paramref name="count"/>.</summary>
    public static int Count(int count) => count <= 0 ? 0 : Of(count) + 1;

    /// <summary>The page grain's key: "{consortiumId}/{page}".</summary>
    public static string Key(string consortiumId, int page) => $"{consortiumId}/{page}";
}
