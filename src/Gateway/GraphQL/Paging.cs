using System.Text;
using GraphQL.Builders;

namespace Samspill.Gateway.GraphQL;

/// <summary>A page of a list, as the contract's *Connection types.</summary>
public sealed record Connection<T>(IReadOnlyList<T> Nodes, bool HasNextPage, string? EndCursor, int TotalCount)
{
    /// <summary>The same page with its nodes mapped (stored records to the API's views), cursors and counts kept.</summary>
    public Connection<TView> With<TView>(IReadOnlyList<TView> nodes) => new(nodes, HasNextPage, EndCursor, TotalCount);
}

/// <summary>Offset cursors: opaque to clients, stable for a given ordering.</summary>
public static class Paging
{
    public static Connection<T> Page<T>(IReadOnlyList<T> all, int? first, string? after)
    {
        var size = Size(first);
        var start = after is null ? 0 : Decode(after) + 1;
        var nodes = all.Skip(start).Take(size).ToList();
        var end = start + nodes.Count - 1;
        return new Connection<T>(nodes, end + 1 < all.Count, nodes.Count == 0 ? after : Encode(end), all.Count);
    }

    /// <summary>The page size a *Connection field was asked for, refused outside 0 to <see cref="PageSizes.ConnectionMax"/>.</summary>
    public static int Size(int? first) => Within("first", first ?? PageSizes.ConnectionDefault, PageSizes.ConnectionMax);

    /// <summary><paramref name="value"/> when it is 0 to <paramref name="max"/>, refused naming <paramref name="argument"/> otherwise.</summary>
    public static int Within(string argument, int value, int max) =>
        value >= 0 && value <= max ? value : throw DomainException.Invalid(argument, $"{argument} must be between 0 and {max}.");

    /// <summary>The arguments of a *Connection field: first (defaulting to <see cref="PageSizes.ConnectionDefault"/>) and after.</summary>
    public static FieldBuilder<TSource, TReturn> PageArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<IntGraphType>("first", a => a.DefaultValue = PageSizes.ConnectionDefault).Argument<StringGraphType>("after");

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
