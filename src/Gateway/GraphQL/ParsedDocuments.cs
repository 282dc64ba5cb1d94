using System.Collections.Concurrent;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace Samspill.Gateway.GraphQL;

/// <summary>
/// Query documents already parsed, measured against <see cref="DocumentBounds"/> and (once one request with them got
/// past validation) validated, by text and operation name. Clients send the same few documents again and again; parsing
/// and the full set of validation rules for each request were most of what a GraphQL read cost beyond its grain call
/// (issue 17). A document's bounds are measured once, before anything else, and a refused one is never kept. What
/// depends on the request and not only on the text still runs every time: variable coercion and the complexity and
/// depth limits (list sizes may come from variables), with the introspection exemption decided there as before.
/// </summary>
public sealed class ParsedDocuments(IOptions<GraphQLLimits> limits)
{
    /// <summary>Total query text kept (the parsed form takes roughly ten times as much memory).</summary>
    public const int MaxCachedChars = 500_000;
    /// <summary>Longer documents are parsed every time: no client of ours sends one, and they would crowd out the rest.</summary>
    public const int MaxCachedDocumentChars = 20_000;

    private readonly ConcurrentDictionary<(string Query, string? Operation), Parsed> _known = new();
    private int _chars;

    /// <summary>A document as measured, parsed when the text is valid GraphQL.</summary>
    public sealed class Parsed(GraphQLDocument? document, DocumentBounds.Measure measure)
    {
        private volatile bool _validated;

        /// <summary>Null when the text does not parse: the executer parses it again and words the syntax error.</summary>
        public GraphQLDocument? Document => document;
        public DocumentBounds.Measure Measure => measure;
        /// <summary>Passed GraphQL.NET's validation rules once; they depend on the text only.</summary>
        public bool Validated => _validated;
        public void MarkValidated() => _validated = true;
    }

    public Parsed Get(string query, string? operationName)
    {
        if (_known.TryGetValue((query, operationName), out var known)) return known;
        var parsed = Parse(query, operationName, limits.Value);
        if (parsed.Document is null || parsed.Measure.Refusal is not null || query.Length > MaxCachedDocumentChars) return parsed;
        if (Interlocked.Add(ref _chars, query.Length) > MaxCachedChars)
        {
            // Full: start over rather than track use; a client sending ever new documents costs what it did without the cache.
            _known.Clear();
            Interlocked.Exchange(ref _chars, query.Length);
        }
        return _known.GetOrAdd((query, operationName), parsed);
    }

    private static Parsed Parse(string query, string? operationName, GraphQLLimits limits)
    {
        GraphQLDocument document;
        try
        {
            // As GraphQL.NET's own document builder parses (locations kept for error messages), with our depth bound.
            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = limits.MaxParserDepth });
        }
        catch (GraphQLParserException)
        {
            return new(null, new(0, 0, 0, null));
        }
        return new(document, DocumentBounds.Check(document, operationName, limits));
    }
}
