using System.Text;
using Samspill.Grains.Common;

namespace Samspill.Gateway.GraphQL;

/// <summary>A page of a list, as the contract's *Connection types.</summary>
public sealed record Connection<T>(IReadOnlyList<T> Nodes, bool HasNextPage, string? EndCursor, int TotalCount);

/// <summary>Offset cursors: opaque to clients, stable for a given ordering.</summary>
public static class Paging
{
    public const int MaxPageSize = 200;

    public static Connection<T> Page<T>(IReadOnlyList<T> all, int? first, string? after)
    {
        var size = first ?? 50;
        if (size < 0 || size > MaxPageSize)
            throw DomainException.Invalid("first", $"first must be between 0 and {MaxPageSize}.");
        var start = after is null ? 0 : Decode(after) + 1;
        var nodes = all.Skip(start).Take(size).ToList();
        var end = start + nodes.Count - 1;
        return new Connection<T>(nodes, end + 1 < all.Count, nodes.Count == 0 ? after : Encode(end), all.Count);
    }

    /// <summary>The offset a cursor points after (0 without one), for lists paged outside <see cref="Page{T}"/>.</summary>
    public static int StartAfter(string? after) => after is null ? 0 : Decode(after) + 1;

    /// <summary>The cursor of the item at <paramref name="offset"/>.</summary>
    public static string CursorAt(int offset) => Encode(offset);

    private static string Encode(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"o:{offset}"));

    private static int Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("o:", StringComparison.Ordinal) && int.TryParse(text[2..], out var offset) && offset >= 0) return offset;
        }
        catch (FormatException) { }
        throw DomainException.Invalid("after", "after is not a cursor this API gave out.");
    }
}
