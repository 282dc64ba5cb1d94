using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Samspill.Gateway.GraphQL;

/// <summary>
/// Bounds on a query document measured before GraphQL.NET validates or analyses it, in time linear in the text:
/// selections per selection set, aliases, and the number of fields the document would have once every fragment
/// spread is replaced by its fragment — counted without expanding anything (each fragment's size is computed once
/// and reused), so a fragment bomb that doubles at every level costs as little to refuse as its text is long.
/// These apply to introspection too: its exemption is from complexity, not from these.
/// </summary>
public static class DocumentBounds
{
    /// <summary>What a document measured, or the first bound it broke.</summary>
    public sealed record Measure(long ExpandedFields, int Aliases, int RootFields, string? Refusal, bool IsMutation = false);

    public static Measure Check(string query, string? operationName, GraphQLLimits limits)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.All, MaxDepth = limits.MaxParserDepth });
        }
        catch (GraphQLParserException)
        {
            // Not ours to word: the executer parses again and reports the syntax error in the usual form.
            return new(0, 0, 0, null);
        }
        return Check(document, operationName, limits);
    }

    public static Measure Check(GraphQLDocument document, string? operationName, GraphQLLimits limits)
    {
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var f in document.Definitions.OfType<GraphQLFragmentDefinition>()) fragments.TryAdd(f.FragmentName.Name.StringValue, f);
        var sizer = new Sizer(fragments, limits.MaxExpandedFields);

        var aliases = 0;
        foreach (var definition in document.Definitions)
        {
            var set = definition switch
            {
                GraphQLOperationDefinition o => o.SelectionSet,
                GraphQLFragmentDefinition f => f.SelectionSet,
                _ => null,
            };
            if (set is null) continue;
            if (WidestSet(set) > limits.MaxSelectionsPerSet)
                return Refused($"A selection set may hold at most {limits.MaxSelectionsPerSet} selections.");
            aliases += Aliases(set);
            if (aliases > limits.MaxAliases) return Refused($"A query may use at most {limits.MaxAliases} aliases.");
            // Every definition is measured, used or not: validation walks unused fragments too.
            if (sizer.Size(set) > limits.MaxExpandedFields)
                return Refused($"The query would select more than {limits.MaxExpandedFields} fields once its fragments are spread.");
        }
        if (sizer.Cyclic) return new(0, aliases, 0, null); // validation names the cycle

        var operation = document.Definitions.OfType<GraphQLOperationDefinition>()
            .FirstOrDefault(o => operationName is null || o.Name?.StringValue == operationName);
        var rootFields = operation is null ? 0 : (int)Math.Min(int.MaxValue, sizer.RootFields(operation.SelectionSet));
        var expanded = operation is null ? 0 : sizer.Size(operation.SelectionSet);
        return new(expanded, aliases, rootFields, null, operation?.Operation == OperationType.Mutation);
    }

    private static Measure Refused(string why) => new(0, 0, 0, why);

    private static int WidestSet(GraphQLSelectionSet set)
    {
        var widest = set.Selections.Count;
        foreach (var selection in set.Selections)
        {
            var inner = selection switch
            {
                GraphQLField { SelectionSet: { } s } => s,
                GraphQLInlineFragment i => i.SelectionSet,
                _ => null,
            };
            if (inner is not null) widest = Math.Max(widest, WidestSet(inner));
        }
        return widest;
    }

    private static int Aliases(GraphQLSelectionSet set)
    {
        var count = 0;
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    if (field.Alias is not null) count++;
                    if (field.SelectionSet is { } s) count += Aliases(s);
                    break;
                case GraphQLInlineFragment inline:
                    count += Aliases(inline.SelectionSet);
                    break;
            }
        }
        return count;
    }

    /// <summary>Expanded sizes, memoized per fragment and saturating at just above the bound.</summary>
    private sealed class Sizer(Dictionary<string, GraphQLFragmentDefinition> fragments, long bound)
    {
        private readonly Dictionary<string, long> _known = new(StringComparer.Ordinal);
        private readonly HashSet<string> _open = new(StringComparer.Ordinal);
        private readonly long _cap = bound + 1;

        public bool Cyclic { get; private set; }

        public long Size(GraphQLSelectionSet set)
        {
            long total = 0;
            foreach (var selection in set.Selections)
            {
                total += selection switch
                {
                    GraphQLField field => 1 + (field.SelectionSet is { } s ? Size(s) : 0),
                    GraphQLInlineFragment inline => Size(inline.SelectionSet),
                    GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name.StringValue),
                    _ => 0,
                };
                if (total >= _cap) return _cap;
            }
            return total;
        }

        /// <summary>Fields at the top of a selection set once fragments are spread (each alias its own field).</summary>
        public long RootFields(GraphQLSelectionSet set)
        {
            long total = 0;
            foreach (var selection in set.Selections)
            {
                total += selection switch
                {
                    GraphQLField => 1,
                    GraphQLInlineFragment inline => RootFields(inline.SelectionSet),
                    GraphQLFragmentSpread spread when fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var f) && _open.Add(f.FragmentName.Name.StringValue)
                        => Release(f.FragmentName.Name.StringValue, RootFields(f.SelectionSet)),
                    _ => 0,
                };
                if (total >= _cap) return _cap;
            }
            return total;
        }

        private long Release(string name, long value)
        {
            _open.Remove(name);
            return value;
        }

        private long Fragment(string name)
        {
            if (_known.TryGetValue(name, out var size)) return size;
            if (!fragments.TryGetValue(name, out var fragment)) return 0; // validation reports the unknown fragment
            if (!_open.Add(name))
            {
                Cyclic = true;
                return 0;
            }
            size = Size(fragment.SelectionSet);
            _open.Remove(name);
            _known[name] = size;
            return size;
        }
    }
}
