using System.Globalization;
using System.Text;

namespace Samspill.Gateway.GraphQL;

/// <summary>
/// Cursors of the activity feed: the sequence of the last item a client has seen. Unlike offsets, they still point
/// at the same place when new items arrive at the head of the feed.
/// </summary>
public static class ActivityCursor
{
    private const string Prefix = "a:";

    public static string Encode(long sequence) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + sequence.ToString(CultureInfo.InvariantCulture)));

    public static long? Decode(string? cursor)
    {
        if (cursor is null) return null;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && long.TryParse(text[Prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) && sequence >= 1)
                return sequence;
        }
        catch (FormatException) { }
        throw DomainException.Invalid("after", "after is not a cursor this API gave out.");
    }
}
