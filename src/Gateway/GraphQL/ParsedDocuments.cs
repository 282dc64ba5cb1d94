using System.Collections.Concurrent;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace Samspill.Gateway.GraphQL;

/// <summary>
/// Query documents already parsed, measured against <see cref="DocumentBounds"/> and (once one request with them got
/// past validation) validated, by text and operation name. Clients send the same few documents again and again; parsing
/// and the full set of validation rules for each request were most of what a GraphQL read cost beyond its grain call
/// (issue 17). A document's bounds are measured once, before anything else, and a refused one is never kept. What
/// depends on the request and not only on the text still runs every time: variable coercion, and the complexity and
/// depth limits when the document's variables can change them (<see cref="CostVariables"/>: list sizes, `@skip`);
/// a document whose cost is the same whatever its variables passed those limits with its first validation for good.
/// A document that failed validation (too costly included) is validated in full again on every request.
/// </summary>
public sealed class ParsedDocuments(IOptions<GraphQLLimits> limits, ISchema schema)
{
    private readonly IValidationRule _cost = QueryCost.Rule(limits.Value);
    private IValidationRule[]? _all, _costOnly;
    /// <summary>Total query text kept (the parsed form takes roughly ten times as much memory).</summary>
    public const int MaxCachedChars = 500_000;
    /// <summary>Longer documents are parsed every time: no client of ours sends one, and they would crowd out the rest.</summary>
    public const int MaxCachedDocumentChars = 20_000;

    private readonly ConcurrentDictionary<(string Query, string? Operation), Parsed> _known = new();
    private int _chars;

    /// <summary>A document as measured, parsed when the text is valid GraphQL.</summary>
    public sealed class Parsed(GraphQLDocument? document, DocumentBounds.Measure measure, bool costVaries = true)
    {
        private volatile bool _validated;

        /// <summary>Null when the text does not parse: the executer parses it again and words the syntax error.</summary>
        public GraphQLDocument? Document => document;
        public DocumentBounds.Measure Measure => measure;
        /// <summary>Passed GraphQL.NET's validation rules once (the cost limits included, for the variables of then).</summary>
        public bool Validated => _validated;
        /// <summary>Its variables can change its complexity or depth, so the limits are checked for every request.</summary>
        public bool CostVaries => costVaries;
        public void MarkValidated() => _validated = true;
    }

    /// <summary>
    /// The rules for a request with this document: every rule the first time (and after a refusal), then the cost
    /// limits alone while variables can change the cost, then none (variables are still coerced, without rules).
    /// </summary>
    public IEnumerable<IValidationRule> Rules(Parsed parsed) =>
        !parsed.Validated ? _all ??= [.. DocumentValidator.CoreRules, _cost]
        : parsed.CostVaries ? _costOnly ??= [_cost]
        : [];

    public Parsed Get(string query, string? operationName)
    {
        if (_known.TryGetValue((query, operationName), out var known)) return known;
        var parsed = Parse(query, operationName, limits.Value, schema);
        if (parsed.Document is null || parsed.Measure.Refusal is not null || query.Length > MaxCachedDocumentChars) return parsed;
        if (Interlocked.Add(ref _chars, query.Length) > MaxCachedChars)
        {
            // Full: start over rather than track use; a client sending ever new documents costs what it did without the cache.
            _known.Clear();
            Interlocked.Exchange(ref _chars, query.Length);
        }
        return _known.GetOrAdd((query, operationName), parsed);
    }

    private static Parsed Parse(string query, string? operationName, GraphQLLimits limits, ISchema schema)
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
        var measure = DocumentBounds.Check(document, operationName, limits);
        if (measure.Refusal is not null) return new(document, measure);
        schema.Initialize();
        return new(document, measure, CostVariables.Affect(document, schema));
    }
}
